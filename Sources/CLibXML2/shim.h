#ifndef ASSESSOR_LIBXML2_SHIM_H
#define ASSESSOR_LIBXML2_SHIM_H

/* The system libxml2: reading evidence (the SAX2 push parser) and writing reports (xmlwriter). Import it only
 * inside a wrapper module (`internal import CLibXML2`), never from a module that also exposes
 * Foundation types. */

#include <libxml/xmlversion.h>
/* Debian's headers pull in the system ICU, whose types clash with Foundation's own copy. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>

static void assessor_xml_ignore(void *context, const char *message, ...) { (void)context; (void)message; }

/* libxml2's generic error callback is variadic and prints to stderr by default; silence it. */
static inline void assessor_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, assessor_xml_ignore);
}

#endif
