"""The `typedtorch-lsp` language server (hover with computed shapes, mypy diagnostics).

Private: run it as `typedtorch-lsp` or `python -m typedtorch._lsp`. Needs the `lsp` extra
(`pygls`, `lsprotocol`).
"""
