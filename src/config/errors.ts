export { ConfigError } from '../errors.js';
