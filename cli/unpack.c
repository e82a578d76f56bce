/*
 * unpack.c - see unpack.h. Both kinds are read through one glibc cookie stream in front of
 * the real input, with zlib doing the inflating: gzip with its own header handling (and the
 * members of a concatenated file one after the other, as gzip -d reads them), zip by walking
 * the local file headers (PKWARE's APPNOTE, section 4.3.7) from the front, so that a pipe
 * works as well as a file and the central directory at the end is never needed: each member
 * is a raw deflate stream (method 8), which ends itself, or stored bytes (method 0), whose
 * size the header gives. A fault is reported once and ends the input; the bytes already
 * handed on stay handed on (the reader reports a cut last line as it reports any).
 */
#define _GNU_SOURCE
#include "unpack.h"
#include "common.h"
#include "sniff.h"
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>
#include <zlib.h>

enum { IN_CAP = 1 << 18 };

enum { KIND_GZIP, KIND_ZIP };
enum { Z_HEADER, Z_DEFLATE, Z_STORED, Z_DONE };

typedef struct {
	FILE *fp;
	const char *shown;
	int kind, state, failed, inflating;
	z_stream z;                 /* next_in/avail_in: the unread part of in[] */
	unsigned char in[IN_CAP];
	unsigned long long consumed; /* input bytes before in[0], for messages */
	unsigned long long left;     /* Z_STORED: bytes of the member still to copy */
	int zip64, descriptor;       /* the current member's */
	int last_nl, any_out;        /* the last byte handed on was '\n'; anything handed on */
	char member[256];
} unpack;

static unsigned long long at(const unpack *u)
{
	return u->consumed + (unsigned long long)(u->z.next_in - u->in);
}

static void fail(unpack *u, const char *what)
{
	if (!u->failed)
		fprintf(stderr, "%s: error: %s: %s%s%s at byte %llu; the rest of the input is not "
			"read\n", progname, cli_safe(u->shown), what,
			u->member[0] ? " in member " : "",
			u->member, at(u));
	u->failed = 1;
	u->state = Z_DONE;
}

/* Moves the unread bytes to the front and reads more behind them; returns the number read. */
static size_t fill(unpack *u)
{
	size_t have = u->z.avail_in;
	u->consumed += (unsigned long long)(u->z.next_in - u->in);
	memmove(u->in, u->z.next_in, have);
	size_t k = have < IN_CAP ? fread(u->in + have, 1, IN_CAP - have, u->fp) : 0;
	u->z.next_in = u->in;
	u->z.avail_in = (uInt)(have + k);
	return k;
}

/* 1 when k bytes (k <= IN_CAP) are there to read. */
static int need(unpack *u, size_t k)
{
	while (u->z.avail_in < k)
		if (!fill(u))
			return 0;
	return 1;
}

/* Passes over k input bytes; 0 when the input ends first. */
static int skip(unpack *u, unsigned long long k)
{
	while (k) {
		if (!u->z.avail_in && !fill(u))
			return 0;
		uInt s = k < u->z.avail_in ? (uInt)k : u->z.avail_in;
		u->z.next_in += s;
		u->z.avail_in -= s;
		k -= s;
	}
	return 1;
}

static unsigned le16(const unsigned char *p)
{
	return p[0] | (unsigned)p[1] << 8;
}

static uint32_t le32(const unsigned char *p)
{
	return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static unsigned long long le64(const unsigned char *p)
{
	return le32(p) | (unsigned long long)le32(p + 4) << 32;
}

/* The zip64 extra field's sizes, when the header's 32-bit ones are saturated. */
static void zip64_sizes(const unsigned char *extra, unsigned n, uint32_t *usize, uint32_t *csize,
			unsigned long long *csize64)
{
	for (unsigned i = 0; i + 4 <= n; ) {
		unsigned id = le16(extra + i), len = le16(extra + i + 2);
		if (i + 4 + len > n)
			return;
		if (id == 0x0001) {
			const unsigned char *f = extra + i + 4;
			unsigned o = 0;
			if (*usize == 0xFFFFFFFFu && o + 8 <= len)
				o += 8;
			if (*csize == 0xFFFFFFFFu && o + 8 <= len)
				*csize64 = le64(f + o);
			return;
		}
		i += 4 + len;
	}
}

/* Passes over a member's data descriptor (its signature is optional); -1 when cut (reported). */
static int skip_descriptor(unpack *u)
{
	if (!need(u, 4) || (le32(u->z.next_in) == 0x08074b50u && !skip(u, 4))
	    || !skip(u, u->zip64 ? 20 : 12)) {
		fail(u, "the zip archive ends inside a data descriptor");
		return -1;
	}
	return 0;
}

/* Reads the next local file header and sets the state for its data; skips folders and
 * members it cannot read (with a warning). */
static void zip_header(unpack *u)
{
	for (;;) {
		if (!need(u, 4)) {
			if (u->z.avail_in)
				fail(u, "the zip archive ends inside a header");
			u->state = Z_DONE;
			return;
		}
		uint32_t sig = le32(u->z.next_in);
		if (sig == 0x02014b50u || sig == 0x06054b50u || sig == 0x06064b50u) {
			u->state = Z_DONE;   /* the central directory: every member has been read */
			return;
		}
		if (sig != 0x04034b50u) {
			fail(u, "not a zip file header");
			return;
		}
		if (!need(u, 30)) {
			fail(u, "the zip archive ends inside a header");
			return;
		}
		const unsigned char *h = u->z.next_in;
		unsigned flags = le16(h + 6), method = le16(h + 8);
		uint32_t csize = le32(h + 18), usize = le32(h + 22);
		unsigned name_n = le16(h + 26), extra_n = le16(h + 28);
		if (!need(u, 30 + (size_t)name_n + extra_n)) {
			fail(u, "the zip archive ends inside a header");
			return;
		}
		h = u->z.next_in;
		size_t shown_n = name_n < sizeof u->member - 1 ? name_n : sizeof u->member - 1;
		for (size_t i = 0; i < shown_n; i++) {
			unsigned char c = h[30 + i];
			u->member[i] = c < 0x20 || c >= 0x7f ? '?' : (char)c;   /* shown as ASCII */
		}
		u->member[shown_n] = 0;
		unsigned long long csize64 = csize;
		u->zip64 = csize == 0xFFFFFFFFu || usize == 0xFFFFFFFFu;
		if (u->zip64)
			zip64_sizes(h + 30 + name_n, extra_n, &usize, &csize, &csize64);
		u->descriptor = (flags & 8) != 0;
		skip(u, 30 + (unsigned long long)name_n + extra_n);
		int folder = shown_n && u->member[shown_n - 1] == '/';
		const char *why = flags & 1 ? "is encrypted"
			: method != 0 && method != 8
			? "uses a compression method other than deflate"
			: NULL;
		if (!why && !folder) {
			if (method == 8) {
				if (inflateReset2(&u->z, -MAX_WBITS) != Z_OK) {
					fail(u, "zlib could not start inflating");
					return;
				}
				u->state = Z_DEFLATE;
			} else if (u->descriptor) {
				fail(u, "a stored member without its size "
					"(cannot be read as a stream)");
				return;
			} else {
				u->left = csize64;
				u->state = Z_STORED;
			}
			if (u->any_out && !u->last_nl)
				/* a newline is owed before this member's bytes */
				u->state |= 0x100;
			return;
		}
		if (why)
			fprintf(stderr, "%s: warning: %s: zip member %s %s (method %u); skipped\n",
				progname, cli_safe(u->shown), u->member, why, method);
		if (u->descriptor && csize64 == 0 && !folder) {
			fail(u, "a member of unknown size that cannot be skipped");
			return;
		}
		if (!skip(u, csize64)) {
			fail(u, "the zip archive ends early");
			return;
		}
		if (u->descriptor && skip_descriptor(u))
			return;
	}
}

/* After a member's data: its data descriptor (signature optional), then the next header. */
static void zip_after_member(unpack *u)
{
	if (u->descriptor && skip_descriptor(u))
		return;
	u->member[0] = 0;
	zip_header(u);
}

/* Inflates into buf; returns the bytes made (0 at the end of a stream or the input). */
static size_t inflate_some(unpack *u, char *buf, size_t size)
{
	u->z.next_out = (Bytef *)buf;
	u->z.avail_out = (uInt)(size < 0x40000000 ? size : 0x40000000);
	for (;;) {
		int eof = !u->z.avail_in && !fill(u);
		int rc = inflate(&u->z, Z_NO_FLUSH);
		size_t made = (size_t)((char *)u->z.next_out - buf);
		if (rc == Z_STREAM_END) {
			if (made) {   /* before the next header, which may owe a newline */
				u->last_nl = buf[made - 1] == '\n';
				u->any_out = 1;
			}
			if (u->kind == KIND_ZIP)
				zip_after_member(u);
			else if (need(u, 2) && u->z.next_in[0] == 0x1f && u->z.next_in[1] == 0x8b) {
				if (inflateReset(&u->z) != Z_OK)
					fail(u, "zlib could not start inflating");
			} else {
				if (u->z.avail_in)
					fprintf(stderr,
						"%s: warning: %s: "
						"bytes after the gzip data at byte %llu ignored\n",
						progname, cli_safe(u->shown), at(u));
				u->state = Z_DONE;
			}
			return made;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			char what[160];
			snprintf(what, sizeof what, "bad compressed data (zlib: %s)",
				 u->z.msg ? u->z.msg : "error");
			fail(u, what);
			return made;
		}
		if (made)
			return made;
		if (eof) {
			fail(u, u->kind == KIND_GZIP ? "the gzip data ends early (a cut file?)"
			     : "the zip archive ends early");
			return 0;
		}
	}
}

static ssize_t unpack_read(void *cookie, char *buf, size_t size)
{
	unpack *u = cookie;
	size_t made = 0;
	if (u->failed) {   /* reported; the reader then sees a read error, as from a bad disk */
		errno = EIO;
		return -1;
	}
	while (!made && size && (u->state & 0xFF) != Z_DONE) {
		if (u->state & 0x100) {
			u->state &= 0xFF;
			buf[0] = '\n';
			made = 1;
			break;
		}
		if (u->state == Z_DEFLATE)
			made = inflate_some(u, buf, size);
		else if (u->state == Z_STORED) {
			if (!u->left) {
				zip_after_member(u);
				continue;
			}
			if (!u->z.avail_in && !fill(u)) {
				fail(u, "the zip archive ends early");
				break;
			}
			size_t k = u->z.avail_in < size ? u->z.avail_in : size;
			if (k > u->left)
				k = (size_t)u->left;
			memcpy(buf, u->z.next_in, k);
			u->z.next_in += k;
			u->z.avail_in -= (uInt)k;
			u->left -= k;
			made = k;
		} else
			zip_header(u);
	}
	if (made) {
		u->last_nl = buf[made - 1] == '\n';
		u->any_out = 1;
	} else if (u->failed) {
		errno = EIO;
		return -1;
	}
	return (ssize_t)made;
}

static int unpack_close(void *cookie)
{
	unpack *u = cookie;
	int rc = u->fp == stdin ? 0 : fclose(u->fp);
	if (u->inflating)
		inflateEnd(&u->z);
	free(u);
	return rc;
}

FILE *unpack_input(FILE *fp, const char *shown)
{
	/* A first byte that opens neither kind is put back (one byte of pushback is what stdio
	 * promises), so plain input - JSON lines, feeds - reaches the reader as the same stream:
	 * a pipe that brings stories one at a time is not held back by a wrapper's fread. */
	long pos = ftell(fp);
	int c = getc(fp);
	if (c == EOF)
		return fp;   /* empty or unreadable: the reader meets the same */
	if (c != 0x1f && c != 'P') {
		ungetc(c, fp);
		return fp;
	}
	unsigned char head[4] = { (unsigned char)c };
	size_t n = 1;
	while (n < sizeof head && (c = getc(fp)) != EOF)
		head[n++] = (unsigned char)c;
	int gz = n >= 2 && head[0] == 0x1f && head[1] == 0x8b;
	int zip = n == 4 && !memcmp(head, "PK\3\4", 4);
	FILE *out = NULL;
	if (!gz && !zip) {
		if (pos >= 0 && !fseek(fp, pos, SEEK_SET))
			return fp;
		clearerr(fp);
		out = sniff_replay(fp, (const char *)head, n);
	} else {
		unpack *u = calloc(1, sizeof *u);
		cookie_io_functions_t io = { unpack_read, NULL, NULL, unpack_close };
		if (u) {
			u->fp = fp;
			u->shown = shown;
			u->kind = gz ? KIND_GZIP : KIND_ZIP;
			u->state = gz ? Z_DEFLATE : Z_HEADER;
			memcpy(u->in, head, n);   /* the bytes looked at are the stream's first */
			u->z.next_in = u->in;
			u->z.avail_in = (uInt)n;
			u->inflating = inflateInit2(&u->z,
				gz ? MAX_WBITS + 16 : -MAX_WBITS) == Z_OK;
			out = u->inflating ? fopencookie(u, "rb", io) : NULL;
			if (!out && u->inflating)
				inflateEnd(&u->z);
			if (!out)
				free(u);
		}
	}
	if (!out) {
		fprintf(stderr, "%s: error: %s: out of memory\n", progname, cli_safe(shown));
		if (fp != stdin)
			fclose(fp);
	}
	return out;
}

size_t unpack_name_len(const char *path)
{
	size_t n = strlen(path);
	if (n > 3 && !strcasecmp(path + n - 3, ".gz"))
		return n - 3;
	if (n > 4 && !strcasecmp(path + n - 4, ".zip"))
		return n - 4;
	return n;
}
