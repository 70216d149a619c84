# Every dependency comes from a Debian 12 package. A missing one stops configuration with the
# name of the package that provides it, so `apt-get install` is the whole fix.

function(brochure_missing what package)
  message(FATAL_ERROR "${what} not found: install the Debian package '${package}' "
                      "(apt-get install ${package})")
endfunction()

find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
  brochure_missing("pkg-config" "pkg-config")
endif()

# libharu ships neither a CMake config nor a pkg-config file.
find_path(HPDF_INCLUDE_DIR hpdf.h)
find_library(HPDF_LIBRARY hpdf)
if(NOT HPDF_INCLUDE_DIR OR NOT HPDF_LIBRARY)
  brochure_missing("libharu (hpdf.h, libhpdf)" "libhpdf-dev")
endif()
add_library(Hpdf::Hpdf UNKNOWN IMPORTED)
set_target_properties(Hpdf::Hpdf PROPERTIES
  IMPORTED_LOCATION "${HPDF_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${HPDF_INCLUDE_DIR}")

find_package(Poco 1.11 QUIET COMPONENTS Foundation Util XML JSON Data DataSQLite)
if(NOT Poco_FOUND)
  brochure_missing("Poco (Foundation, Util, XML, JSON, Data, DataSQLite)" "libpoco-dev")
endif()

find_package(pugixml QUIET)
if(NOT pugixml_FOUND)
  brochure_missing("pugixml" "libpugixml-dev")
endif()

find_package(Freetype QUIET)
if(NOT Freetype_FOUND)
  brochure_missing("FreeType" "libfreetype-dev")
endif()

find_package(PNG QUIET)
if(NOT PNG_FOUND)
  brochure_missing("libpng" "libpng-dev")
endif()

find_package(JPEG QUIET)
if(NOT JPEG_FOUND)
  brochure_missing("libjpeg" "libjpeg-dev")
endif()

pkg_check_modules(HARFBUZZ QUIET IMPORTED_TARGET harfbuzz harfbuzz-subset)
if(NOT HARFBUZZ_FOUND)
  brochure_missing("HarfBuzz (with hb-subset)" "libharfbuzz-dev")
endif()

pkg_check_modules(UNIBREAK QUIET IMPORTED_TARGET libunibreak)
if(NOT UNIBREAK_FOUND)
  brochure_missing("libunibreak" "libunibreak-dev")
endif()

pkg_check_modules(QRENCODE QUIET IMPORTED_TARGET libqrencode)
if(NOT QRENCODE_FOUND)
  brochure_missing("libqrencode" "libqrencode-dev")
endif()

# Nettle for the manifest's SHA-256 of each PDF: it uses the CPU's SHA instructions, ~8x faster
# than Poco's SHA2Engine, which took a quarter of the brochure's render time.
pkg_check_modules(NETTLE QUIET IMPORTED_TARGET nettle)
if(NOT NETTLE_FOUND)
  brochure_missing("Nettle" "nettle-dev")
endif()

# xxHash for build fingerprints (app/fingerprint.cpp) and the PDF's content digest (render/digest.cpp), compiled into those files
# (XXH_INLINE_ALL): no library to load at start-up, where every shared library costs time.
find_path(XXHASH_INCLUDE_DIR xxhash.h)
if(NOT XXHASH_INCLUDE_DIR)
  brochure_missing("xxHash (xxhash.h)" "libxxhash-dev")
endif()
add_library(xxHash::inline INTERFACE IMPORTED)
set_target_properties(xxHash::inline PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES "${XXHASH_INCLUDE_DIR}"
  INTERFACE_COMPILE_DEFINITIONS XXH_INLINE_ALL)

if(BROCHURE_TESTS)
  find_package(Catch2 2 QUIET)
  if(NOT Catch2_FOUND)
    brochure_missing("Catch2 v2" "catch2")
  endif()
endif()
