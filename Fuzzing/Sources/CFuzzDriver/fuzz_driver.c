// The driver itself comes from libclang_rt.fuzzer_no_main; this target only declares it.
