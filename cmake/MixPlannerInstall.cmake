# Where `cmake --install` puts MixPlanner on a Linux desktop (FHS and
# freedesktop.org locations under the prefix), and the Debian package CPack
# builds from the same rules:
#   cmake --install build --prefix /usr/local
#   cd build && cpack -G DEB
include(GNUInstallDirs)
# Debian and the FHS name the doc folder after the package, in lower case.
set(MIXPLANNER_DOCDIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/mixplanner")

set(MIXPLANNER_APP_ID "io.github.mixplanner.MixPlanner")
set(desktop "${PROJECT_SOURCE_DIR}/resources/desktop")

install(TARGETS mixplanner-cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
if(MIXPLANNER_BUILD_UI)
    install(TARGETS mixplanner RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    install(FILES "${desktop}/${MIXPLANNER_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${desktop}/${MIXPLANNER_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${desktop}/${MIXPLANNER_APP_ID}.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    # shared-mime-info wants the file named after the package in packages/.
    install(FILES "${desktop}/${MIXPLANNER_APP_ID}.mime.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
            RENAME "${MIXPLANNER_APP_ID}.xml")
endif()
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/LICENSE"
        DESTINATION "${MIXPLANNER_DOCDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/"
        DESTINATION "${MIXPLANNER_DOCDIR}"
        PATTERN "screenshots" EXCLUDE)

# The Debian package. Library dependencies are read off the binaries by
# dpkg-shlibdeps, so they match the Qt the package was built against.
set(CPACK_PACKAGE_NAME "mixplanner")
set(CPACK_PACKAGE_VENDOR "The MixPlanner authors")
set(CPACK_PACKAGE_CONTACT "The MixPlanner authors <mixplanner@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "plan the mix of account-driven and content-driven social media work")
set(CPACK_PACKAGE_DESCRIPTION
    "MixPlanner scores how a social media campaign plan balances work through the brand's own accounts against content that finds people by interest, for the brand's strength and the campaign's purpose. It explains every point it takes off, projects followers and reach, suggests a better mix and exports summaries (PDF, HTML, Markdown, CSV). English and Japanese.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Japanese needs a CJK font to show; Qt's own translations make its dialogs Japanese too.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/mixplanner/mixplanner")
include(CPack)
