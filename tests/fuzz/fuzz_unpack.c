/*
 * fuzz_unpack.c - libFuzzer target for the command's unpacking of compressed inputs
 * (cli/unpack.c: gzip members and zip local headers, data descriptors, zip64 extras, stored
 * and deflated members): the input is handed to unpack_input as a file and read to its end,
 * at most 64 MiB of output (a deflate bomb of 1 MiB inflates to about 1 GB: bounded here for
 * speed, not because the reader needs it). Must never crash, hang or leak; a fault must end
 * in a read error, never in more output. The two command files are compiled in whole; the
 * command's two names they use are given here.
 */
#include "../../cli/sniff.c"
#include "../../cli/unpack.c"

const char *progname = "fuzz_unpack";

const char *cli_safe(const char *s)
{
	return s;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	FILE *fp = fmemopen((void *)data, size ? size : 1, "rb");
	if (!fp)
		return 0;
	if (!size)
		fgetc(fp);   /* fmemopen refuses a size of 0: an empty input is one byte read away */
	FILE *in = unpack_input(fp, "fuzz");
	if (!in)
		return 0;
	static char buf[1 << 16];
	size_t total = 0, k;
	while (total < ((size_t)64 << 20) && (k = fread(buf, 1, sizeof buf, in)) > 0)
		total += k;
	fclose(in);
	return 0;
}
