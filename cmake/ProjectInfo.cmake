# Who publishes MediaDesk and where: the one place the About dialog, the .deb, the man pages and
# the AppStream metadata take these from (projectinfo.h, CPack, configure_file).
set(MEDIADESK_APP_ID "org.mediadesk.MediaDesk")
set(MEDIADESK_HOMEPAGE "https://github.com/mediadesk/mediadesk")
set(MEDIADESK_BUGTRACKER "${MEDIADESK_HOMEPAGE}/issues")
# Screenshots and release notes as published with each tag.
set(MEDIADESK_RAW_BASE "https://raw.githubusercontent.com/mediadesk/mediadesk/v${PROJECT_VERSION}")
set(MEDIADESK_CONTACT_EMAIL "maintainers@mediadesk.org")
set(MEDIADESK_MAINTAINER "MediaDesk maintainers <${MEDIADESK_CONTACT_EMAIL}>")
set(MEDIADESK_DEVELOPER "The MediaDesk developers")
set(MEDIADESK_LICENSE "Apache-2.0")

configure_file(${PROJECT_SOURCE_DIR}/app/projectinfo.h.in ${PROJECT_BINARY_DIR}/generated/projectinfo.h @ONLY)
target_include_directories(mediadesk_common INTERFACE ${PROJECT_BINARY_DIR}/generated)
