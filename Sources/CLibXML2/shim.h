// libxml2 as Swift sees it. Debian builds libxml2 with ICU, and its encoding header then includes
// <unicode/ucnv.h>; Foundation on Linux carries its own ICU, and a module that sees both fails to
// build ("'UErrorCode' has different definitions in different modules"). Only the ICU converter
// fields of xmlCharEncodingHandler depend on the macro, and Swift never touches that struct by value.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
