// tachometer imports `chromedriver` only so the driver is on PATH; Debian's already is.
exports.path = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';
