# claimtrace_embed(OUT_VAR FILE SYMBOL): generates a .cc defining
#   extern const char SYMBOL[]; extern const unsigned long SYMBOL_size;
# holding FILE's bytes, regenerated whenever FILE changes.
function(claimtrace_embed out_var file symbol)
  set(generated ${CMAKE_BINARY_DIR}/embedded/${symbol}.cc)
  add_custom_command(
    OUTPUT ${generated}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${file} -DOUTPUT=${generated} -DSYMBOL=${symbol}
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_file.cmake
    DEPENDS ${file} ${CMAKE_SOURCE_DIR}/cmake/embed_file.cmake
    COMMENT "Embedding ${file}")
  set(${out_var} ${generated} PARENT_SCOPE)
endfunction()
