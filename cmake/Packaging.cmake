# Install rules and Debian packages. `cmake --install` lays out the tablet app and the agency
# server under CMAKE_INSTALL_PREFIX; `cpack -G DEB` (from the build folder) makes two packages:
#   hearth         the tablet app and hearthctl, with its desktop entry, icon and content packs
#   hearth-server  hearth-server and hearth-admin, the systemd unit and the `hearth` user
# tests/install installs both into an empty root and runs them from there.
#
# Every program links Hearth's own code statically and everything else from Debian, so the
# installed binaries carry no RPATH: CMake drops the build tree's at install time, and the
# $ORIGIN/../lib that qt_standard_project_setup() adds for apps shipping their own libraries is
# cleared here.

set(HEARTH_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set_target_properties(hearth hearthctl hearth-server hearth-admin PROPERTIES INSTALL_RPATH "")
set(CPACK_PACKAGE_CONTACT "Hearth maintainers <maintainers@users.noreply.b-seed-9a64d74c.example>")

# Debian wants a compressed changelog in each package's doc folder, naming the package's
# version. SOURCE_DATE_EPOCH, when set, makes the date (and so the package) reproducible.
string(TIMESTAMP HEARTH_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${HEARTH_PACKAGING_DIR}/changelog.Debian.in
               ${CMAKE_BINARY_DIR}/packaging/changelog.Debian @ONLY)
execute_process(COMMAND gzip -9 -n -f ${CMAKE_BINARY_DIR}/packaging/changelog.Debian
                RESULT_VARIABLE hearth_gzip_result)
if(NOT hearth_gzip_result EQUAL 0)
  message(FATAL_ERROR "gzip could not compress the Debian changelog")
endif()
set(HEARTH_CHANGELOG ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz)

# --- the tablet app: component "app", package "hearth" ---------------------------------------
install(TARGETS hearth hearthctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
# hearth --self-test checks these, found relative to its binary (app/installcheck.cpp). England
# is also compiled in; Wales is what a Welsh agency copies into a vault's packs/ folder (README,
# "Content packs").
file(GLOB hearth_install_packs CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/core/content/packs/*.json)
install(FILES ${hearth_install_packs} DESTINATION ${CMAKE_INSTALL_DATADIR}/hearth/packs
        COMPONENT app)
install(FILES ${HEARTH_PACKAGING_DIR}/hearth.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
install(FILES ${HEARTH_PACKAGING_DIR}/icons/hearth.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT app)
foreach(size 16 32 48 64 128 256)
  install(FILES ${HEARTH_PACKAGING_DIR}/icons/hearth-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME hearth.png COMPONENT app)
endforeach()
install(FILES ${HEARTH_PACKAGING_DIR}/copyright ${HEARTH_CHANGELOG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/hearth COMPONENT app)
# Translations are compiled into the binary (translations/CMakeLists.txt): no .qm files here.

# --- the agency server: component "server", package "hearth-server" ---------------------------
install(TARGETS hearth-server hearth-admin RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        COMPONENT server)
# server/deploy/hearth-server.service is written for a manual install in /usr/local; the
# packaged copy points at the packaged binary and documentation. The prefix is only known at
# install time (cpack installs under /usr), hence the install(CODE).
install(CODE "
  set(prefix \"\${CMAKE_INSTALL_PREFIX}\")
  if(IS_ABSOLUTE \"${CMAKE_INSTALL_BINDIR}\")
    set(bindir \"${CMAKE_INSTALL_BINDIR}\")
  else()
    set(bindir \"\${prefix}/${CMAKE_INSTALL_BINDIR}\")
  endif()
  file(READ \"${PROJECT_SOURCE_DIR}/server/deploy/hearth-server.service\" unit)
  string(REPLACE \"/usr/local/bin/hearth-server\" \"\${bindir}/hearth-server\" unit \"\${unit}\")
  string(REPLACE \"/usr/share/doc/hearth/server/\" \"\${prefix}/share/doc/hearth-server/\"
         unit \"\${unit}\")
  string(FIND \"\${unit}\" \"\${bindir}/hearth-server\" found)
  if(found EQUAL -1)
    message(FATAL_ERROR \"hearth-server.service no longer names /usr/local/bin/hearth-server\")
  endif()
  set(dir \"\$ENV{DESTDIR}\${prefix}/lib/systemd/system\")
  file(MAKE_DIRECTORY \"\${dir}\")
  file(WRITE \"\${dir}/hearth-server.service\" \"\${unit}\")
  message(STATUS \"Installing: \${dir}/hearth-server.service\")
" COMPONENT server)
install(FILES ${HEARTH_PACKAGING_DIR}/hearth-server.sysusers
        DESTINATION lib/sysusers.d RENAME hearth-server.conf COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/server/README.md ${PROJECT_SOURCE_DIR}/server/PROTOCOL.md
              ${PROJECT_SOURCE_DIR}/docs/caseload-format.md
              ${PROJECT_SOURCE_DIR}/docs/record-format.md ${HEARTH_PACKAGING_DIR}/copyright
              ${HEARTH_CHANGELOG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/hearth-server COMPONENT server)

# --- CPack: one .deb per component ------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hearth)
set(CPACK_PACKAGE_VENDOR "Hearth")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Installs with DESTDIR and the real prefix, so the unit file above names /usr/bin, not the
# staging folder.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL app server)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Library dependencies come from dpkg-shlibdeps (package dpkg-dev); what it cannot see (QML
# modules and Qt plugins loaded at run time) is listed by hand below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_APP_PACKAGE_NAME hearth)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, \
qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, \
qml6-module-qtquick-templates, qml6-module-qtquick-window, qml6-module-qtmultimedia, qml6-module-qtquick-dialogs")
# Without them the app runs, but records no location.
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "libqt6positioning6-plugins, qt6-speech-flite-plugin")
set(CPACK_COMPONENT_APP_DESCRIPTION
    "offline home visit records for health visitors, social workers and school nurses
Hearth guides a home visit through the questions serious case reviews keep
finding unasked: the child's lived experience, neglect, the adults in the
home, missed appointments. It keeps everything in an encrypted store on the
tablet (SQLCipher), signs finished visits (Ed25519) and sends them to the
agency's own server when it can.
.
This package holds the app, its desktop entry and icon, the England and Wales
content packs, and hearthctl, the support command for vaults and enrolment.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME hearth-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# The store is SQLite or PostgreSQL through Qt's SQL drivers, which are plugins.
# adduser: the postinst's way to make the hearth user where systemd-sysusers is missing.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${HEARTH_PACKAGING_DIR}/server/postinst ${HEARTH_PACKAGING_DIR}/server/prerm
    ${HEARTH_PACKAGING_DIR}/server/postrm)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "agency back end for Hearth tablets
hearth-server receives the visit records Hearth tablets sign, verifies every
signature and each device's hash chain with the same code the tablet uses,
stores them byte for byte and answers with signed receipts; it also serves
each practitioner's caseload. SQLite for a single instance, PostgreSQL for
several behind a load balancer.
.
This package holds hearth-server, hearth-admin (enrolment codes, caseloads,
revocation, export), a sandboxed systemd unit (not enabled until the agency
has configured /etc/hearth) and the dedicated hearth system user.")

include(CPack)
