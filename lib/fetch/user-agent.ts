import pkg from '../../package.json';

export const WIREWATCH_VERSION: string = pkg.version;

/** Names wirewatch and where to read about it, as polite crawlers do. */
export const DEFAULT_USER_AGENT = `wirewatch/${WIREWATCH_VERSION} (+https://github.com/wirewatch/wirewatch)`;

/** The product token robots.txt groups are matched against. */
export const ROBOTS_USER_AGENT = 'wirewatch';
