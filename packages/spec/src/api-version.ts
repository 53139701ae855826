/** The openEO API version the contract implements. */
export const API_VERSION = "1.2.0";

/** The STAC version of result metadata and collections. */
export const STAC_VERSION = "1.0.0";
