/*
 * genevents.c - writes N generated events (default 10,000,000) as a GDELT 2.0 export (61
 * tab-separated columns) on stdout, for `make bench`: 10 years of days from 2015-01-01, 150
 * countries with Zipf-like activity, so that a few dyads are busy and most are sparse, as in
 * the real datasets; codes, quad classes and Goldstein scores drawn from a CAMEO-shaped mix.
 * Deterministic (fixed seed). Usage: genevents [N] > file
 */
#include <stdio.h>
#include <stdlib.h>

static unsigned long long rng = 88172645463325252ULL;

static unsigned long long next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static double unit(void)
{
	return (double)(next() >> 11) / 9007199254740992.0;
}

static const char *const iso[] = {
	"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "IRN", "ISR", "TUR", "SYR", "IRQ", "SAU", "EGY",
	"ETH", "KEN", "NGA", "BRA", "MEX", "JPN", "KOR", "UKR", "POL", "IDN", "VNM", "AFG", "PAK",
	"IND", "BGD", "LKA", "NPL", "MMR", "THA", "PHL", "MYS", "AUS", "NZL", "CAN", "ARG", "CHL",
	"COL", "VEN", "PER", "CUB", "ESP", "ITA", "PRT", "GRC", "NLD", "BEL", "CHE", "AUT", "SWE",
	"NOR", "FIN", "DNK", "IRL", "HUN", "CZE", "SVK", "ROU", "BGR", "SRB", "HRV", "BIH", "ALB",
	"MKD", "GEO", "ARM", "AZE", "KAZ", "UZB", "TKM", "KGZ", "TJK", "MNG", "PRK", "TWN", "HKG",
	"SGP", "KHM", "LAO", "YEM", "OMN", "ARE", "QAT", "KWT", "BHR", "JOR", "LBN", "PSE", "LBY",
	"TUN", "DZA", "MAR", "SDN", "SSD", "SOM", "DJI", "ERI", "UGA", "RWA", "BDI", "TZA", "COD",
	"COG", "CAF", "TCD", "CMR", "NER", "MLI", "BFA", "SEN", "GIN", "SLE", "LBR", "CIV", "GHA",
	"TGO", "BEN", "GAB", "AGO", "ZMB", "ZWE", "MOZ", "MWI", "MDG", "NAM", "BWA", "ZAF", "LSO",
	"SWZ", "HTI", "DOM", "JAM", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "ECU", "BOL", "PRY",
	"URY", "GUY", "SUR", "ISL", "EST", "LVA", "LTU", "BLR", "MDA"
};
#define NC (sizeof iso / sizeof iso[0])

static const struct { const char *code; int quad; double g; } codes[] = {
	{ "010", 1, 0.0 }, { "020", 1, 3.0 }, { "036", 1, 4.0 }, { "040", 1, 1.0 },
	{ "042", 1, 1.9 }, { "043", 1, 2.8 }, { "046", 1, 7.0 }, { "051", 1, 3.4 },
	{ "057", 1, 8.0 }, { "061", 2, 6.4 }, { "071", 2, 7.4 }, { "0841", 2, 7.0 },
	{ "111", 3, -2.0 }, { "112", 3, -2.0 }, { "120", 3, -4.0 }, { "130", 3, -4.4 },
	{ "138", 3, -7.0 }, { "141", 3, -6.5 }, { "163", 4, -8.0 }, { "173", 4, -5.0 },
	{ "190", 4, -10.0 }, { "195", 4, -10.0 }, { "183", 4, -10.0 }, { "154", 4, -7.2 },
};
#define NK (sizeof codes / sizeof codes[0])

/* a country index with Zipf-like weights (rank^-1.1), by inverse CDF */
static double cdf[NC];

static int country(void)
{
	double u = unit();
	size_t lo = 0, hi = NC - 1;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (cdf[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (int)lo;
}

static void date_of(long day, int *y, int *m, int *d)   /* days since 2015-01-01 */
{
	static const int ml[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	*y = 2015;
	for (;;) {
		int yl = (*y % 4 == 0 && *y % 100) || *y % 400 == 0 ? 366 : 365;
		if (day < yl)
			break;
		day -= yl;
		++*y;
	}
	for (*m = 0; *m < 12; ++*m) {
		int l = ml[*m] + (*m == 1 && ((*y % 4 == 0 && *y % 100) || *y % 400 == 0));
		if (day < l)
			break;
		day -= l;
	}
	++*m;
	*d = (int)day + 1;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 10000000L;
	double tot = 0;
	for (size_t i = 0; i < NC; i++)
		tot += cdf[i] = 1.0 / __builtin_pow((double)(i + 1), 1.1);
	double acc = 0;
	for (size_t i = 0; i < NC; i++)
		cdf[i] = (acc += cdf[i]) / tot;
	const long days = 3653;
	static char sectors[][4] = { "", "GOV", "MIL", "COP", "REB", "OPP", "BUS", "MED" };
	for (long i = 0; i < n; i++) {
		long day = i * days / n;
		int y, m, d;
		date_of(day, &y, &m, &d);
		int a = country(), b = country();
		if (a == b && unit() < 0.7)
			b = (b + 1 + (int)(unit() * (NC - 1))) % (int)NC;
		size_t k = (size_t)(unit() * NK);
		const char *sa = sectors[next() % 8], *sb = sectors[next() % 8];
		printf("%ld\t%04d%02d%02d\t%04d%02d\t%d\t%d.%04d\t%s%s\t%s\t%s\t\t\t\t\t%s\t\t\t"
		       "%s%s\t%s\t%s\t\t\t\t\t%s\t\t\t1\t%s\t%.3s\t%.2s\t%d\t%.1f\t%d\t%d\t%d\t-2.5\t"
		       "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t%04d%02d%02d000000"
		       "\thttps://news.example.com/%ld\n",
		       1000000000L + i, y, m, d, y, m, y, y, (int)(day % 365 * 10000 / 365),
		       iso[a], sa, iso[a], iso[a], sa, iso[b], sb, iso[b], iso[b], sb,
		       codes[k].code, codes[k].code, codes[k].code, codes[k].quad, codes[k].g,
		       1 + (int)(next() % 5), 1, 1 + (int)(next() % 5), y, m, d, i);
	}
	return 0;
}
