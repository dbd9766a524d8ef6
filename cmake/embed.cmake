# claimtrace_embed(OUT_VAR FILE SYMBOL): an assembler file that includes FILE's bytes (.incbin), defining
#   extern const char SYMBOL[]; extern const unsigned long SYMBOL_size;
# Rebuilt whenever FILE changes. Fast for multi-megabyte model files.
enable_language(ASM)
function(claimtrace_embed out_var file symbol)
  set(generated ${CMAKE_BINARY_DIR}/embedded/${symbol}.S)
  file(WRITE ${generated}.in
"    .section .rodata
    .global ${symbol}
    .global ${symbol}_size
    .balign 64
${symbol}:
    .incbin \"${file}\"
${symbol}_end:
    .byte 0
    .balign 8
${symbol}_size:
    .quad ${symbol}_end - ${symbol}
    .section .note.GNU-stack,\"\",@progbits
")
  configure_file(${generated}.in ${generated} COPYONLY)
  set_source_files_properties(${generated} PROPERTIES OBJECT_DEPENDS ${file})
  set(${out_var} ${generated} PARENT_SCOPE)
endfunction()
