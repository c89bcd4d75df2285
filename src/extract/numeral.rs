//! Reading Vietnamese numerals: digits with `.`/`,` separators, scale words, spelled-out
//! numbers. Shared by the figure extractors (number, ratio, percent, money).
