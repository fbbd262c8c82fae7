/* The plugin ABI is header-only: see include/assessor_plugin.h. */
