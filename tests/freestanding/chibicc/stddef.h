/* SPDX-License-Identifier: MIT */
/* Debian's chibicc package ships no <stddef.h> of its own (upstream keeps one
 * next to the binary) and cannot parse GCC's; this is the freestanding
 * minimum for x86_64, used only by `make freestanding-check`. */
#ifndef IOF_CHIBICC_STDDEF_H
#define IOF_CHIBICC_STDDEF_H
#define NULL ((void *)0)
typedef unsigned long size_t;
typedef long ptrdiff_t;
typedef int wchar_t;
#define offsetof(type, member) ((size_t)&(((type *)0)->member))
#endif
