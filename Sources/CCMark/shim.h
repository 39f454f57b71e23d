// cmark-gfm, the CommonMark parser GitHub uses, with its table, strikethrough and autolink extensions.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
