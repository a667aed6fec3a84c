# Precompiled Qt headers for the CI and sanitizer builds (HEARTH_PCH, set by those presets).
#
# Most of a Hearth translation unit's compile time is spent parsing the same Qt headers again
# (QString, the JSON classes, QObject). One small target compiles them once, and every other
# C++ target reuses that precompiled header. QTest stays out: its headers use a macro Qt
# defines differently for every test (QT_TESTCASE_BUILDDIR), which would make the header
# unusable for all of them. GCC checks the reuse: a
# target whose flags or macros make the header invalid simply parses the headers itself
# (same result, only slower), so this can change build time but never what is built.
# Development builds leave it off: ccache caches whole files better than GCC's PCH allows.
option(HEARTH_PCH "Compile the common Qt headers once and reuse them in every target" OFF)

function(hearth_enable_precompiled_headers)
  if(NOT HEARTH_PCH)
    return()
  endif()
  set(headers <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject>
             <QJsonValue> <QList> <QMap> <QObject> <QString> <QStringList> <QVariant>
             <functional> <memory> <optional>)
  add_library(hearth_pch_core STATIC ${PROJECT_SOURCE_DIR}/cmake/pch/pch.cpp)
  target_link_libraries(hearth_pch_core PRIVATE Qt6::Core)
  target_precompile_headers(hearth_pch_core PRIVATE ${headers})

  set(targets)
  set(directories ${PROJECT_SOURCE_DIR})
  while(directories)
    list(POP_FRONT directories directory)
    get_property(subdirectories DIRECTORY ${directory} PROPERTY SUBDIRECTORIES)
    list(APPEND directories ${subdirectories})
    get_property(here DIRECTORY ${directory} PROPERTY BUILDSYSTEM_TARGETS)
    list(APPEND targets ${here})
  endwhile()
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$"
       OR target STREQUAL "hearth_pch_core")
      continue()
    endif()
    # Only targets that compile C++ of their own, with Qt's include paths.
    get_target_property(libraries ${target} LINK_LIBRARIES)
    if(NOT libraries)
      continue()
    endif()
    target_precompile_headers(${target} REUSE_FROM hearth_pch_core)
  endforeach()
endfunction()
