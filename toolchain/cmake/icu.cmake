# ICU from the project's cache (built by toolchain/build-icu): the native or wasm build
# matching this configuration, plus the lean data file embedded as a C array.
set(DT_ICU_BUILD "${DT_CACHE}/icu-build-${DT_ICU_PKG_VERSION}")
if(EMSCRIPTEN)
  set(_icu "${DT_ICU_BUILD}/wasm")
  set(_icu_data_lib "${_icu}/stubdata/libicudata.a")
else()
  set(_icu "${DT_ICU_BUILD}/native")
  # The stub data library: the app must run on the lean data it embeds, exactly as in the
  # browser, so a missing data item fails natively too.
  set(_icu_data_lib "${_icu}/stubdata/libicudata.a")
endif()
foreach(_f "${_icu}/install/lib/libicuuc.a" "${_icu}/install/lib/libicui18n.a" "${_icu_data_lib}"
           "${DT_ICU_BUILD}/data/icudt${DT_ICU_MAJOR}l.dat")
  if(NOT EXISTS "${_f}")
    message(FATAL_ERROR "ICU is not built (${_f} missing): run toolchain/bootstrap")
  endif()
endforeach()

add_library(icu_uc STATIC IMPORTED GLOBAL)
set_target_properties(icu_uc PROPERTIES IMPORTED_LOCATION "${_icu}/install/lib/libicuuc.a"
  INTERFACE_INCLUDE_DIRECTORIES "${_icu}/install/include")
add_library(icu_i18n STATIC IMPORTED GLOBAL)
set_target_properties(icu_i18n PROPERTIES IMPORTED_LOCATION "${_icu}/install/lib/libicui18n.a"
  INTERFACE_LINK_LIBRARIES icu_uc)
add_library(icu_stubdata STATIC IMPORTED GLOBAL)
set_target_properties(icu_stubdata PROPERTIES IMPORTED_LOCATION "${_icu_data_lib}")

set(_dat "${DT_ICU_BUILD}/data/icudt${DT_ICU_MAJOR}l.dat")
set(_c "${CMAKE_BINARY_DIR}/generated/icudt_datatrail.c")
add_custom_command(OUTPUT "${_c}"
  COMMAND "${DT_ICU_BUILD}/native/bin/genccode" -q -e icudt_datatrail -f icudt_datatrail
          -d "${CMAKE_BINARY_DIR}/generated" --skip-dll-export "${_dat}"
  # genccode names the array after the data's own name; give it a stable one.
  COMMAND sed -i "s/icudt${DT_ICU_MAJOR}l_dat/icudt_datatrail/" "${_c}"
  DEPENDS "${_dat}" VERBATIM COMMENT "Embedding lean ICU data")
add_library(datatrail_icudata STATIC "${_c}")
target_include_directories(datatrail_icudata PRIVATE "${_icu}/install/include")
