/** English language knowledge read by extraction and segmentation. */

/**
 * Labels that open a line of page chrome around an abstract: the journal's dates,
 * funding, affiliations, correspondence, classification codes and keywords.
 */
export const EN_CHROME_LABELS = [
  'received', 'revised', 'accepted', 'published online', 'date of (?:receipt|acceptance)',
  'fund(?:ing|ed by)?(?: programs?| projects?| sources?| items?)?', 'foundation (?:items?|programs?|projects?)', 'supported by', 'grants? support',
  'author affiliations?', 'affiliations?', 'corresponding authors?', 'correspondence(?: to)?',
  'CLC numbers?', 'Chinese library classification', 'document (?:code|identifier|ID)', 'article ID',
  'key ?words?', 'citation', 'cite this article',
];

/**
 * Statistics and analysis software named with its version: `Stata 14.0`, `SPSS 22.0`.
 * Two versions naming one tool must name the same release.
 */
export const SOFTWARE_NAMES = [
  'IBM SPSS Statistics', 'IBM SPSS', 'SPSS Statistics', 'SPSS', 'SPSSAU', 'Stata(?:/(?:SE|MP|IC|BE))?', 'SAS',
  'GraphPad Prism', 'GraphPad', 'Prism', 'Microsoft Excel', 'Excel', 'ArcGIS', 'ArcMap', 'MATLAB', 'Python',
  'RevMan', 'Review Manager', 'EpiData', 'Epi Info', 'Mplus', 'AMOS', 'Meta-DiSc', 'NVivo', 'MedCalc', 'CiteSpace',
  'ImageJ', 'Image-Pro Plus', 'OriginPro', 'Origin', 'FlowJo', 'SigmaPlot', 'JMP', 'Minitab', 'WinBUGS', 'OpenBUGS',
  'G\\*Power', 'PASS', 'Joinpoint', 'LISREL', 'ENVI', 'Canoco', 'MEGA', 'Primer Premier', 'ModFit', 'CellQuest',
  'SoftMax Pro', 'Photoshop', 'SPSS Modeler', 'Comprehensive Meta-Analysis', 'EndNote', 'RStudio',
];

/** One person, counted by the article before it: `a patient`, `a 45-year-old man` (= 1例). */
export const EN_PERSON_NOUNS_SINGULAR = ['patient', 'case', 'man', 'woman', 'boy', 'girl', 'child', 'infant', 'neonate', 'newborn'];
/** Words after such a noun that make it describe a kind of study or measure, not one person: `a case series`. */
export const EN_NOT_ONE_PERSON_AFTER = ['series', 'control', 'definition', 'mix', 'fatality', 'load', 'study', 'studies', 'management', 'volume', 'level'];

/** Ordinal words and the numbers they stand for: `fourth` = 4th = 第四. */
export const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};
