#ifndef ASSESSOR_PLUGIN_H
#define ASSESSOR_PLUGIN_H

/*
 * The scoring plugin ABI of assessor, version 1.
 *
 * A scoring plugin is a shared library exporting four C functions. Everything crossing the
 * boundary is NUL-terminated UTF-8 JSON; no Swift type crosses it, so a plugin can be written in
 * C, in Swift (with @_cdecl) or in any language that exports C functions.
 *
 *   uint32_t assessor_plugin_abi_version(void);
 *       Returns ASSESSOR_PLUGIN_ABI_VERSION as the plugin was built. The host checks it first
 *       and calls nothing else when it differs.
 *   char *assessor_plugin_describe(void);
 *       Returns {"schemaVersion":1,"id":"...","name":"...","version":"...","summary":"..."}.
 *   char *assessor_plugin_score(const char *request_json);
 *       Takes a scoring request and returns a scoring response (see AssessorScoringContract),
 *       or {"schemaVersion":1,"error":"what went wrong"}.
 *   void assessor_plugin_free(char *json);
 *       Releases a string returned by describe or score. Returned strings are allocated by the
 *       plugin (malloc) and released only through this function.
 *
 * The host loads each plugin in a separate process first, so a plugin that crashes, is missing
 * a symbol or returns malformed JSON is reported by file name and the others still load.
 */

#include <stdint.h>

#define ASSESSOR_PLUGIN_ABI_VERSION 1

#define ASSESSOR_PLUGIN_SYMBOL_ABI_VERSION "assessor_plugin_abi_version"
#define ASSESSOR_PLUGIN_SYMBOL_DESCRIBE "assessor_plugin_describe"
#define ASSESSOR_PLUGIN_SYMBOL_SCORE "assessor_plugin_score"
#define ASSESSOR_PLUGIN_SYMBOL_FREE "assessor_plugin_free"

typedef uint32_t (*assessor_plugin_abi_version_fn)(void);
typedef char *(*assessor_plugin_describe_fn)(void);
typedef char *(*assessor_plugin_score_fn)(const char *request_json);
typedef void (*assessor_plugin_free_fn)(char *json);

#ifndef __swift__
uint32_t assessor_plugin_abi_version(void);
char *assessor_plugin_describe(void);
char *assessor_plugin_score(const char *request_json);
void assessor_plugin_free(char *json);
#endif

#endif
