/* SPDX-License-Identifier: MIT */
/**
 * @file compat.h
 * @brief Portability layer: the only place that knows about compilers,
 *        languages, kernels and byte order.
 *
 * Everything else in iommu_fault includes this header and nothing else from
 * the platform.  It needs only `<stdint.h>` and `<stddef.h>` (or
 * `<linux/types.h>` and `<linux/stddef.h>` when `__KERNEL__` is defined), so
 * the library builds freestanding, in a kernel module and in firmware.
 *
 * Raw hardware records are little-endian byte strings.  They are read and
 * written here one byte at a time, never through a cast pointer: that is
 * defined behaviour on every architecture, for any alignment, and compilers
 * fold the pattern into a single load or store where the target allows it.
 */
#ifndef IOMMU_FAULT_COMPAT_H
#define IOMMU_FAULT_COMPAT_H

/* ---- Portability knobs (the only block that tests the environment) ---- */
#if defined(__KERNEL__)
#include <linux/types.h>
#include <linux/stddef.h>
#else
#include <stddef.h>
#include <stdint.h>
#endif

#ifdef __cplusplus
/** Opens an `extern "C"` block in C++; empty in C. */
#define IOF_BEGIN_DECLS extern "C" {
/** Closes the block opened by #IOF_BEGIN_DECLS. */
#define IOF_END_DECLS }
/** A null pointer constant that is clean in C and C++. */
#define IOF_NULL nullptr
#else
#define IOF_BEGIN_DECLS
#define IOF_END_DECLS
#define IOF_NULL ((void *)0)
#endif

/*
 * ---- Linkage: the one set of macros every function of the library uses ----
 *
 *   IOF_API           every entry point and helper: `static inline` (the
 *                     header is the library).  Defined before the first
 *                     include, it overrides them all (a compiled flavour).
 *   IOF_API_HOT       a decode core that must be inlined into its caller:
 *                     IOF_API plus GNU `always_inline`.
 *   IOF_API_NOINLINE  a rare error path kept out of line so it costs the
 *                     hot path nothing: `noinline` (not `cold`: GCC would
 *                     move the callers' error branches too).
 *
 * IOF_NO_FORCE_INLINE, defined before the first include, turns the two
 * attributes off (IOF_API_HOT and IOF_API_NOINLINE become IOF_API): for
 * -Os builds and small cores (Cortex-M0) where code size beats the
 * instructions saved.  Attributes use the double-underscore spellings:
 * kernels define `noinline` and `always_inline` as macros.
 */
#ifndef IOF_API
/** Linkage of every function in the library (overridable: define it before the first include). */
#define IOF_API static inline
/** @cond IOF_INTERNAL */
#define IOF_API_NOT_INLINE_ static /* IOF_API without `inline`, which `noinline` contradicts */
/** @endcond */
#elif !defined(IOF_NO_FORCE_INLINE)
/**
 * Turns forced inlining off: define it before the first include (-Os, small
 * cores).  Defined here when IOF_API is overridden: a compiled flavour's real
 * definitions are not `inline`, and the attributes do not apply to them.
 */
#define IOF_NO_FORCE_INLINE
#endif

#if (defined(__GNUC__) || defined(__clang__)) && !defined(IOF_NO_FORCE_INLINE)
/** Linkage of a hot path that must be inlined into its caller. */
#define IOF_API_HOT IOF_API __attribute__((__always_inline__))
/** Linkage of a rare path kept out of line (may be unused in a given translation unit). */
#define IOF_API_NOINLINE IOF_API_NOT_INLINE_ __attribute__((__noinline__, __unused__))
#else
/** Linkage of a hot path that must be inlined into its caller. */
#define IOF_API_HOT IOF_API
/** Linkage of a rare path kept out of line (may be unused in a given translation unit). */
#define IOF_API_NOINLINE IOF_API
#endif
/** Deprecated spelling of #IOF_API_NOINLINE (it never meant `cold`). */
#define IOF_API_COLD IOF_API_NOINLINE

/** @cond IOF_INTERNAL */
#define IOF_CAT2_(a, b) a##b
#define IOF_CAT_(a, b) IOF_CAT2_(a, b)
/** @endcond */

/**
 * @brief Compile-time assertion usable at file scope in C99, C11+ and C++11+.
 *
 * C++11 uses `static_assert`, C11 and kernel builds use `_Static_assert`; a
 * plain C99 compiler gets a typedef of an array whose size is negative when
 * the condition is false, named with `__COUNTER__` where the compiler has it
 * (two headers may assert on the same line number) and the line otherwise.  chibicc
 * reports C11 but has no `_Static_assert`, so it takes the C99 path.  The
 * macro never defines `static_assert` itself, so it coexists with
 * `<assert.h>` and the kernel's own definitions.
 */
#if defined(__cplusplus) && __cplusplus >= 201103L
#define IOF_STATIC_ASSERT(expr, msg) static_assert(expr, msg)
#elif (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__chibicc__)) || defined(__KERNEL__)
#define IOF_STATIC_ASSERT(expr, msg) _Static_assert(expr, msg)
#elif defined(__COUNTER__)
#define IOF_STATIC_ASSERT(expr, msg) typedef char IOF_CAT_(iof_static_assert_, __COUNTER__)[(expr) ? 1 : -1]
#else
#define IOF_STATIC_ASSERT(expr, msg) typedef char IOF_CAT_(iof_static_assert_line_, __LINE__)[(expr) ? 1 : -1]
#endif

/**
 * @brief Asserts the offset and size of one ABI struct member.
 *
 * Used right after each ABI struct, once per member, so that any layout
 * difference on any target is a compile error.
 */
#define IOF_ASSERT_MEMBER(type, member, off, sz)                                                  \
	IOF_STATIC_ASSERT(offsetof(type, member) == (off) && sizeof(((type *)0)->member) == (sz), \
			  #type "." #member " offset and size")

/** @brief Asserts the total size of an ABI struct. */
#define IOF_ASSERT_SIZE(type, sz) IOF_STATIC_ASSERT(sizeof(type) == (sz), #type " size")

IOF_BEGIN_DECLS

/* ---- Little-endian byte-wise access ---- */

/** @brief Reads a little-endian 16-bit value from @p p (any alignment). */
IOF_API uint16_t iof_le16_load(const uint8_t *p)
{
	return (uint16_t)((unsigned)p[0] | ((unsigned)p[1] << 8));
}

/** @brief Reads a little-endian 32-bit value from @p p (any alignment). */
IOF_API uint32_t iof_le32_load(const uint8_t *p)
{
	return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

/** @brief Reads a little-endian 64-bit value from @p p (any alignment). */
IOF_API uint64_t iof_le64_load(const uint8_t *p)
{
	return (uint64_t)p[0] | ((uint64_t)p[1] << 8) | ((uint64_t)p[2] << 16) | ((uint64_t)p[3] << 24) |
	       ((uint64_t)p[4] << 32) | ((uint64_t)p[5] << 40) | ((uint64_t)p[6] << 48) | ((uint64_t)p[7] << 56);
}

/** @brief Writes @p v to @p p as 2 little-endian bytes. */
IOF_API void iof_le16_store(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

/** @brief Writes @p v to @p p as 4 little-endian bytes. */
IOF_API void iof_le32_store(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

/** @brief Writes @p v to @p p as 8 little-endian bytes. */
IOF_API void iof_le64_store(uint8_t *p, uint64_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
	p[4] = (uint8_t)(v >> 32);
	p[5] = (uint8_t)(v >> 40);
	p[6] = (uint8_t)(v >> 48);
	p[7] = (uint8_t)(v >> 56);
}

/**
 * @brief Loads @p n little-endian 64-bit words from the byte string @p rec.
 * @param w   destination words
 * @param rec record bytes; the caller has checked that @p n * 8 bytes exist
 * @param n   number of words
 */
IOF_API void iof_words_load(uint64_t *w, const void *rec, unsigned n)
{
	const uint8_t *p = (const uint8_t *)rec;
	unsigned i;
	for (i = 0; i < n; i++)
		w[i] = iof_le64_load(p + (size_t)i * 8u);
}

/** @brief Stores @p n 64-bit words to @p rec as little-endian bytes. */
IOF_API void iof_words_store(void *rec, const uint64_t *w, unsigned n)
{
	uint8_t *p = (uint8_t *)rec;
	unsigned i;
	for (i = 0; i < n; i++)
		iof_le64_store(p + (size_t)i * 8u, w[i]);
}

/**
 * @brief Sets @p n bytes at @p dst to zero without naming libc.
 *
 * Compilers may still lower the loop to `memset`; GCC and Clang require
 * `memset`/`memcpy` even in freestanding builds, and kernels provide them.
 */
IOF_API void iof_bzero(void *dst, size_t n)
{
	uint8_t *d = (uint8_t *)dst;
	size_t i;
	for (i = 0; i < n; i++)
		d[i] = 0;
}

/** @brief 1 when the @p n bytes at @p a and @p b are equal, else 0 (no libc needed). */
IOF_API int iof_bytes_equal(const void *a, const void *b, size_t n)
{
	const uint8_t *pa = (const uint8_t *)a, *pb = (const uint8_t *)b;
	size_t i;
	for (i = 0; i < n; i++)
		if (pa[i] != pb[i])
			return 0;
	return 1;
}

/* ---- Hardware field descriptors ----
 *
 * Every hardware field of every record is defined exactly once, as a packed
 * descriptor (64-bit word index, lowest bit, width).  Decoders and encoders
 * both go through the helpers below, so no bit position is written twice.
 */

/**
 * @brief Builds a field descriptor: @p word (64-bit word), lowest bit @p lsb, @p width bits.
 *
 * Checked at compile time: a width of 0 or a field that runs past bit 63 is
 * an array of negative size (IOF_FD_MAX() would shift by -1 or 64).  The
 * arguments must be integer constants.
 */
#define IOF_FD(word, lsb, width)                                \
	((uint32_t)((((word) << 16) | ((lsb) << 8) | (width)) + \
		    0 * sizeof(char[(width) >= 1 && (lsb) + (width) <= 64 ? 1 : -1])))
/** @brief Word index of a field descriptor. */
#define IOF_FD_WORD(fd) (((fd) >> 16) & 0xffu)
/** @brief Lowest bit of a field descriptor. */
#define IOF_FD_LSB(fd) (((fd) >> 8) & 0xffu)
/** @brief Width in bits of a field descriptor. */
#define IOF_FD_WIDTH(fd) ((fd)&0xffu)

/**
 * @brief All-ones value of the width of field @p fd, right-aligned, as an
 *        integer constant expression (usable in static tables and enums).
 */
#define IOF_FD_MAX(fd) ((((uint64_t)2 << (IOF_FD_WIDTH(fd) - 1u)) - 1u))
/** @brief Mask of field @p fd in place, as an integer constant expression. */
#define IOF_FD_MASK(fd) (IOF_FD_MAX(fd) << IOF_FD_LSB(fd))

/** @brief All-ones value of the width of field @p fd, right-aligned. */
IOF_API uint64_t iof_fd_max(uint32_t fd)
{
	return IOF_FD_WIDTH(fd) >= 64u ? ~(uint64_t)0 : (((uint64_t)1 << IOF_FD_WIDTH(fd)) - 1u);
}

/** @brief Mask of field @p fd in place within its word. */
IOF_API uint64_t iof_fd_mask(uint32_t fd)
{
	return iof_fd_max(fd) << IOF_FD_LSB(fd);
}

/** @brief Extracts field @p fd from the words @p w, right-aligned. */
IOF_API uint64_t iof_fd_get(const uint64_t *w, uint32_t fd)
{
	return (w[IOF_FD_WORD(fd)] >> IOF_FD_LSB(fd)) & iof_fd_max(fd);
}

/** @brief Extracts field @p fd in place (masked, not shifted): for addresses. */
IOF_API uint64_t iof_fd_get_inplace(const uint64_t *w, uint32_t fd)
{
	return w[IOF_FD_WORD(fd)] & iof_fd_mask(fd);
}

/**
 * @brief Writes right-aligned value @p v into field @p fd of @p w.
 * @return 0, or -1 when @p v has bits beyond the field's width (nothing written).
 */
IOF_API int iof_fd_put(uint64_t *w, uint32_t fd, uint64_t v)
{
	if (v & ~iof_fd_max(fd))
		return -1;
	w[IOF_FD_WORD(fd)] = (w[IOF_FD_WORD(fd)] & ~iof_fd_mask(fd)) | (v << IOF_FD_LSB(fd));
	return 0;
}

/**
 * @brief Writes in-place value @p v (already at the field's position) into field @p fd.
 * @return 0, or -1 when @p v has bits outside the field (nothing written).
 */
IOF_API int iof_fd_put_inplace(uint64_t *w, uint32_t fd, uint64_t v)
{
	if (v & ~iof_fd_mask(fd))
		return -1;
	w[IOF_FD_WORD(fd)] = (w[IOF_FD_WORD(fd)] & ~iof_fd_mask(fd)) | v;
	return 0;
}

IOF_END_DECLS

#endif /* IOMMU_FAULT_COMPAT_H */
