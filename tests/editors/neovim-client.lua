-- Neovim's own LSP client (0.7: start_client + buf_attach_client) against `zhenlint --lsp`:
-- open a file, wait for the diagnostics, ask for code actions, apply the fix-all edit, and
-- write what the editor saw to $ZHENLINT_OUT as JSON. Run with `nvim --headless --clean`.
local out = vim.env.ZHENLINT_OUT
local result = {}

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.ZHENLINT_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  local client_id = vim.lsp.start_client({
    name = 'zhenlint',
    cmd = { vim.env.ZHENLINT_NODE, vim.env.ZHENLINT_BIN, '--lsp', '--stdio' },
    root_dir = vim.fn.getcwd(),
    init_options = { debounceMs = 0 },
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  local limit = tonumber(vim.env.ZHENLINT_WAIT_MS)
  assert(vim.wait(limit, function() return #vim.diagnostic.get(bufnr) > 0 end, 20), 'no diagnostics arrived')
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, {
      code = d.code or lsp.code,
      severity = d.severity,
      lnum = d.lnum,
      col = d.col,
      end_col = d.end_col,
      message = d.message,
      source = d.source,
    })
  end

  -- The cursor on the wrong fraction, as a person would put it there.
  local row = result.diagnostics[1].lnum
  vim.api.nvim_win_set_cursor(0, { row + 1, result.diagnostics[1].col })
  local function actions(only)
    local params = vim.lsp.util.make_range_params(0, 'utf-16')
    params.context = { diagnostics = {}, only = only }
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, limit)
    assert(responses and responses[client_id], 'no answer to textDocument/codeAction')
    assert(not responses[client_id].err, vim.inspect(responses[client_id].err))
    return responses[client_id].result or {}
  end
  result.quickfixes = {}
  for _, a in ipairs(actions(nil)) do table.insert(result.quickfixes, a.title) end
  local fix_all = actions({ 'source.fixAll.zhenlint' })
  result.fix_all = {}
  for _, a in ipairs(fix_all) do table.insert(result.fix_all, { title = a.title, kind = a.kind }) end

  -- Applied as the editor applies any workspace edit; the server lints the changed buffer again.
  vim.lsp.util.apply_workspace_edit(fix_all[1].edit, 'utf-16')
  result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, row, row + 1, true)[1]
  result.cleared = vim.wait(limit, function() return #vim.diagnostic.get(bufnr) == 0 end, 20)
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(main)
if not ok then result.error = tostring(err) end
vim.fn.writefile({ vim.json.encode(result) }, out)
vim.cmd('qall!')
