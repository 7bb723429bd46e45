/* eslint-disable no-undef */
/**
 * Builds the add-in into dist/: functions.js + functions.json (from JSDoc) + functions-de.json (German,
 * merged by id), taskpane.html with its JS (the task pane and the custom functions share one runtime), and
 * the template assets. `npm run dev-server` serves it over https on localhost:3000 (office-addin-dev-certs).
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsDePlugin } = require("./scripts/functions-de-plugin");
const { PrerenderPlugin } = require("./scripts/prerender");

const DEV_PORT = 3000;
const DEV_URL = `https://localhost:${DEV_PORT}`;
/** Where the built add-in will be hosted: dist/manifest.xml points there (default: the dev server). */
const BASE_URL = (process.env.ADDIN_BASE_URL || DEV_URL).replace(/\/$/, "");

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      // taskpane.html runs boot.js first (not deferred): outside Excel it shows the prerendered calculator at once
      boot: "./src/taskpane/boot.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsDePlugin({ strings: path.resolve(__dirname, "src/functions/strings.de.json") }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "defer",
      }),
      // the calculator prerendered into taskpane.html (scripts/prerender.js); not in development, where it would
      // cost every rebuild some seconds
      ...(dev ? [] : [new PrerenderPlugin({ filename: "taskpane.html" })]),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        templateContent:
          '<!doctype html><html><head><meta charset="utf-8"><title>DEUZ</title>' +
          '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head><body></body></html>',
        chunks: ["functions"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/.*"] }, noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => content.toString().split(DEV_URL).join(BASE_URL) },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() },
          static: { directory: path.resolve(__dirname, "dist") },
        }
      : undefined,
  };
};
