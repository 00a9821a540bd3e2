/**
 * Log records per request: 100 records of 36 values stay well within the hub's cost limit
 * (10,000 values per operation), which 500 at once did not.
 */
export const LOG_PAGE_SIZE = 100;
