/*
 * actor.c - CAMEO actor code -> country + sector; see actor.h.
 * The country table is the ISO 3166-1 alpha-3 codes, historical ones CAMEO still uses (YUG,
 * SUN...) and CAMEO's regional codes, sorted for bsearch. Not countries: IGO, IMG, NGO, NGM,
 * INT (international), UIS (unidentified state actor) and the sector codes.
 */
#include "cameo/actor.h"
#include <stdlib.h>
#include <string.h>

static const char countries[][4] = {
	"ABW", "AFG", "AFR", "AGO", "AIA", "ALA", "ALB", "AND", "ANT", "ARE", "ARG", "ARM", "ASA",
	"ASM", "ATA", "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR",
	"BHR", "BHS", "BIH", "BLK", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN",
	"BVT", "BWA", "CAF", "CAN", "CAS", "CAU", "CCK", "CEU", "CFR", "CHE", "CHL", "CHN", "CIV",
	"CMR", "COD", "COG", "COK", "COL", "COM", "CPV", "CRB", "CRI", "CSK", "CUB", "CUW", "CXR",
	"CYM", "CYP", "CZE", "DDR", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA", "EAF", "ECU", "EEU",
	"EGY", "ERI", "ESH", "ESP", "EST", "ETH", "EUR", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM",
	"GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD",
	"GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN",
	"IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JOR", "JPN", "KAZ", "KEN",
	"KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAM", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE",
	"LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDT", "MDV",
	"MEA", "MEX", "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR",
	"MTQ", "MUS", "MWI", "MYS", "MYT", "NAF", "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU",
	"NLD", "NMR", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PGS", "PHL",
	"PLW", "PNG", "POL", "PRI", "PRK", "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROM", "ROU",
	"RUS", "RWA", "SAF", "SAM", "SAS", "SAU", "SCG", "SCN", "SDN", "SEA", "SEN", "SGP", "SGS",
	"SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUN", "SUR",
	"SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL",
	"TKM", "TLS", "TMP", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI",
	"URY", "USA", "UZB", "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT", "WAF", "WLF", "WSM",
	"WST", "XKX", "YEM", "YUG", "ZAF", "ZAR", "ZMB", "ZWE"
};

static int cmp(const void *a, const void *b)
{
	return memcmp(a, b, 3);
}

const char *actor_split(const char *code, char country[4])
{
	country[0] = 0;
	if (!code || !strcmp(code, "---"))
		return "";   /* TABARI's null actor */
	if (strlen(code) >= 3 && bsearch(code, countries, sizeof countries / sizeof countries[0],
					  sizeof countries[0], cmp)) {
		memcpy(country, code, 3);
		country[3] = 0;
		return code + 3;
	}
	return code;
}
