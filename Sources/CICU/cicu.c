#include "cicu.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uloc.h>
#include <unicode/umsg.h>
#include <unicode/unorm2.h>
#include <unicode/upluralrules.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

static void copy_name(const char *source, char *out, int32_t capacity) {
  if (out == NULL || capacity <= 0) return;
  strncpy(out, source, (size_t)capacity - 1);
  out[capacity - 1] = '\0';
}

int32_t cicu_boundaries(int32_t kind, const uint16_t *text, int32_t length, const char *locale,
                        int32_t *out, int32_t *statuses, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIteratorType type = UBRK_CHARACTER;
  switch (kind) {
    case CICU_BREAK_WORD: type = UBRK_WORD; break;
    case CICU_BREAK_LINE: type = UBRK_LINE; break;
    case CICU_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
    default: type = UBRK_CHARACTER; break;
  }
  UBreakIterator *iterator = ubrk_open(type, locale, (const UChar *)text, length, &status);
  if (U_FAILURE(status)) return -1;
  int32_t count = 0;
  for (int32_t boundary = ubrk_first(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
    if (count < capacity) {
      out[count] = boundary;
      // The rule status belongs to the segment that ends at this boundary.
      if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(iterator);
    }
    count++;
  }
  ubrk_close(iterator);
  return count;
}

int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = NULL;
  switch (form) {
    case CICU_NFD: normalizer = unorm2_getNFDInstance(&status); break;
    case CICU_NFKC: normalizer = unorm2_getNFKCInstance(&status); break;
    case CICU_NFKC_CASEFOLD: normalizer = unorm2_getNFKCCasefoldInstance(&status); break;
    default: normalizer = unorm2_getNFCInstance(&status); break;
  }
  if (U_FAILURE(status)) return -1;
  int32_t written = unorm2_normalize(normalizer, (const UChar *)text, length, (UChar *)out, capacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return written;
  return U_FAILURE(status) ? -1 : written;
}

int32_t cicu_fold_case(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t written = u_strFoldCase((UChar *)out, capacity, (const UChar *)text, length, U_FOLD_CASE_DEFAULT, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return written;
  return U_FAILURE(status) ? -1 : written;
}

int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector *detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return -1;
  ucsdet_enableInputFilter(detector, 1);  // ignore markup when guessing
  ucsdet_setText(detector, bytes, length, &status);
  const UCharsetMatch *match = ucsdet_detect(detector, &status);
  int32_t confidence = -1;
  if (U_SUCCESS(status) && match != NULL) {
    const char *found = ucsdet_getName(match, &status);
    if (U_SUCCESS(status) && found != NULL) {
      copy_name(found, name, name_capacity);
      confidence = ucsdet_getConfidence(match, &status);
    }
  }
  ucsdet_close(detector);
  return U_SUCCESS(status) ? confidence : -1;
}

int32_t cicu_convert_to_utf16(const char *charset, const char *bytes, int32_t length, uint16_t *out,
                              int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter *converter = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return -1;
  ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
  if (U_FAILURE(status)) {
    ucnv_close(converter);
    return -1;
  }
  int32_t written = ucnv_toUChars(converter, (UChar *)out, capacity, bytes, length, &status);
  ucnv_close(converter);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return written;
  if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND) return -2;
  return U_FAILURE(status) ? -2 : written;
}

int32_t cicu_canonical_language_tag(const char *tag, char *out, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  char localeID[ULOC_FULLNAME_CAPACITY];
  char canonical[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, localeID, (int32_t)sizeof localeID, &parsed, &status);
  if (U_FAILURE(status) || localeID[0] == '\0') {
    // Not BCP 47 (for example "en_us"): read it as an ICU locale id instead.
    status = U_ZERO_ERROR;
    copy_name(tag, localeID, (int32_t)sizeof localeID);
  }
  uloc_canonicalize(localeID, canonical, (int32_t)sizeof canonical, &status);
  if (U_FAILURE(status)) return -1;
  int32_t written = uloc_toLanguageTag(canonical, out, capacity, 1, &status);
  if (U_FAILURE(status) || written <= 0 || strcmp(out, "und") == 0) return -1;
  return written;
}

int32_t cicu_is_right_to_left(const char *tag) {
  UErrorCode status = U_ZERO_ERROR;
  char localeID[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, localeID, (int32_t)sizeof localeID, &parsed, &status);
  if (U_FAILURE(status)) return 0;
  char maximized[ULOC_FULLNAME_CAPACITY];
  uloc_addLikelySubtags(localeID, maximized, (int32_t)sizeof maximized, &status);
  if (U_FAILURE(status)) return uloc_isRightToLeft(localeID) ? 1 : 0;
  return uloc_isRightToLeft(maximized) ? 1 : 0;
}

static UPluralRules *open_plural_rules(const char *tag) {
  UErrorCode status = U_ZERO_ERROR;
  char localeID[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, localeID, (int32_t)sizeof localeID, &parsed, &status);
  if (U_FAILURE(status)) return NULL;
  UPluralRules *rules = uplrules_openForType(localeID, UPLURAL_TYPE_CARDINAL, &status);
  return U_FAILURE(status) ? NULL : rules;
}

int32_t cicu_plural_keywords(const char *tag, char *out, int32_t capacity) {
  UPluralRules *rules = open_plural_rules(tag);
  if (rules == NULL) return -1;
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration *keywords = uplrules_getKeywords(rules, &status);
  int32_t written = 0;
  if (U_SUCCESS(status)) {
    if (capacity > 0) out[0] = '\0';
    int32_t keywordLength = 0;
    const char *keyword;
    while ((keyword = uenum_next(keywords, &keywordLength, &status)) != NULL && U_SUCCESS(status)) {
      int32_t needed = keywordLength + (written > 0 ? 1 : 0);
      if (written + needed < capacity) {
        if (written > 0) out[written] = ' ';
        memcpy(out + written + (written > 0 ? 1 : 0), keyword, (size_t)keywordLength);
        out[written + needed] = '\0';
      }
      written += needed;
    }
    uenum_close(keywords);
  }
  uplrules_close(rules);
  return U_SUCCESS(status) ? written : -1;
}

int32_t cicu_plural_select(const char *tag, double number, char *out, int32_t capacity) {
  UPluralRules *rules = open_plural_rules(tag);
  if (rules == NULL) return -1;
  UErrorCode status = U_ZERO_ERROR;
  UChar keyword[32];
  int32_t length = uplrules_select(rules, number, keyword, 32, &status);
  uplrules_close(rules);
  if (U_FAILURE(status)) return -1;
  u_UCharsToChars(keyword, out, length < capacity ? length : capacity - 1);
  out[length < capacity ? length : capacity - 1] = '\0';
  return length;
}

int32_t cicu_message_format_check(const uint16_t *pattern, int32_t length, const char *tag,
                                  char *error_name, int32_t error_capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parseError;
  memset(&parseError, 0, sizeof parseError);
  char localeID[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  uloc_forLanguageTag(tag, localeID, (int32_t)sizeof localeID, &parsed, &status);
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    copy_name("en", localeID, (int32_t)sizeof localeID);
  }
  UMessageFormat *format = umsg_open((const UChar *)pattern, length, localeID, &parseError, &status);
  if (U_FAILURE(status)) {
    copy_name(u_errorName(status), error_name, error_capacity);
    if (format != NULL) umsg_close(format);
    return parseError.offset >= 0 ? parseError.offset + 1 : 1;
  }
  umsg_close(format);
  return 0;
}

struct cicu_regex {
  URegularExpression *expression;
};

cicu_regex *cicu_regex_open(const uint16_t *pattern, int32_t length, int32_t flags, int32_t time_limit,
                            char *error_name, int32_t error_capacity, int32_t *error_offset) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parseError;
  memset(&parseError, 0, sizeof parseError);
  uint32_t icuFlags = 0;
  if (flags & CICU_REGEX_CASE_INSENSITIVE) icuFlags |= UREGEX_CASE_INSENSITIVE;
  if (flags & CICU_REGEX_MULTILINE) icuFlags |= UREGEX_MULTILINE;
  if (flags & CICU_REGEX_DOTALL) icuFlags |= UREGEX_DOTALL;
  URegularExpression *expression = uregex_open((const UChar *)pattern, length, icuFlags, &parseError, &status);
  if (U_FAILURE(status)) {
    copy_name(u_errorName(status), error_name, error_capacity);
    if (error_offset != NULL) *error_offset = parseError.offset >= 0 ? parseError.offset + 1 : 1;
    if (expression != NULL) uregex_close(expression);
    return NULL;
  }
  if (time_limit > 0) uregex_setTimeLimit(expression, time_limit, &status);
  cicu_regex *regex = malloc(sizeof *regex);
  if (regex == NULL) {
    uregex_close(expression);
    return NULL;
  }
  regex->expression = expression;
  return regex;
}

cicu_regex *cicu_regex_clone(const cicu_regex *regex) {
  UErrorCode status = U_ZERO_ERROR;
  URegularExpression *expression = uregex_clone(regex->expression, &status);
  if (U_FAILURE(status)) return NULL;
  // uregex_clone copies the pattern and flags but not the matcher's time limit: carry it over, or a
  // pathological pattern would run unbounded in every clone.
  int32_t limit = uregex_getTimeLimit(regex->expression, &status);
  if (U_SUCCESS(status) && limit > 0) uregex_setTimeLimit(expression, limit, &status);
  cicu_regex *copy = malloc(sizeof *copy);
  if (copy == NULL) {
    uregex_close(expression);
    return NULL;
  }
  copy->expression = expression;
  return copy;
}

void cicu_regex_close(cicu_regex *regex) {
  if (regex == NULL) return;
  uregex_close(regex->expression);
  free(regex);
}

int32_t cicu_regex_set_text(cicu_regex *regex, const uint16_t *text, int32_t length) {
  UErrorCode status = U_ZERO_ERROR;
  uregex_setText(regex->expression, (const UChar *)text, length, &status);
  return U_FAILURE(status) ? -1 : 0;
}

int32_t cicu_regex_find(cicu_regex *regex, int32_t from, int32_t *start, int32_t *end) {
  UErrorCode status = U_ZERO_ERROR;
  UBool found = from >= 0 ? uregex_find(regex->expression, from, &status)
                          : uregex_findNext(regex->expression, &status);
  if (status == U_REGEX_TIME_OUT) return -2;
  if (U_FAILURE(status)) return -1;
  if (!found) return 0;
  *start = uregex_start(regex->expression, 0, &status);
  *end = uregex_end(regex->expression, 0, &status);
  return U_FAILURE(status) ? -1 : 1;
}

struct cicu_transliterator {
  UTransliterator *transliterator;
};

cicu_transliterator *cicu_transliterator_open(const uint16_t *rules, int32_t length, char *error_name,
                                              int32_t error_capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parseError;
  static const UChar name[] = {'c', 'o', 'n', 't', 'e', 'n', 't', 'l', 'i', 'n', 't', 0};
  UTransliterator *transliterator =
      utrans_openU(name, -1, UTRANS_FORWARD, (const UChar *)rules, length, &parseError, &status);
  if (U_FAILURE(status)) {
    copy_name(u_errorName(status), error_name, error_capacity);
    return NULL;
  }
  cicu_transliterator *result = malloc(sizeof *result);
  if (result == NULL) {
    utrans_close(transliterator);
    return NULL;
  }
  result->transliterator = transliterator;
  return result;
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
  if (transliterator == NULL) return;
  utrans_close(transliterator->transliterator);
  free(transliterator);
}

int32_t cicu_transliterate(cicu_transliterator *transliterator, uint16_t *buffer, int32_t length,
                           int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t textLength = length;
  int32_t limit = length;
  utrans_transUChars(transliterator->transliterator, (UChar *)buffer, &textLength, capacity, 0, &limit, &status);
  return U_FAILURE(status) ? -1 : textLength;
}
