// SHA-256 (FIPS 180-4), for the kiosk's operator code: kiosk.json holds the code's hash, not
// the code (issue 30, M3), and the panel compares the hash of what is typed.
#pragma once
#include <string>
#include <string_view>

namespace dt {

// The digest of `data` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

// What kiosk.json's operator_code_sha256 holds for `code`: the digest of the code with a
// fixed prefix (so the hash is this widget's, not a lookup of bare 4-digit hashes). A short
// code is still found by trying them all: the hash keeps it from being read at a glance, and
// the panel's back-off keeps a passer-by from trying them at the kiosk.
std::string operator_code_hash(std::string_view code);

}  // namespace dt
