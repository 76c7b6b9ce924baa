// A real jest run over the built package, as users run it: `.test.cjs` files are loaded as
// CommonJS (jest's default), `.test.mjs` files as ES modules (jest needs
// `node --experimental-vm-modules` for those). Plain JavaScript, so nothing is transformed.
module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/*.test.cjs', '<rootDir>/*.test.mjs'],
  testEnvironment: 'node',
  transform: {},
};
