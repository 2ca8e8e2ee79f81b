# Read by cpack for each generator it runs (CPACK_PROJECT_CONFIG_FILE).
# The unit and the configuration file have absolute destinations (/lib/systemd/system,
# /etc/marquee): the DEB generator installs into its staging directory, but an archive generator
# (cpack -G TGZ) would write them into this machine's /etc and /lib. Refuse instead.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_ERROR_ON_ABSOLUTE_INSTALL_DESTINATION ON)
endif()

# Each Debian package's description starts with its own synopsis (installer/CMakeLists.txt). CPackDeb
# puts the project's summary before it unless the summary is CPack's default: make it so, for DEB.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
