// libFuzzer's driver, for programs that keep their own main (linked from libclang_rt.fuzzer_no_main).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
