/** API version, sent as `API-Version` on every response (NL API Design Rules, API-57) and in the OpenAPI document. */
export const apiVersion = '1.0.0';
