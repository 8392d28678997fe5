// Serves what the end-to-end tests need: the release folder on one port, and on a second port
// (a different origin) the fixture course page that embeds views, plus a copy of the release
// under a sub-path (/course/lab/) to prove the app works from any path.
import { serve } from "./serve.mjs";
import { cpSync, mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [appPort = "8090", fixturePort = "8091"] = process.argv.slice(2);
const site = mkdtempSync(join(tmpdir(), "xent-fixture-"));
cpSync("end2end/fixtures", site, { recursive: true });
mkdirSync(join(site, "course"), { recursive: true });
cpSync("dist", join(site, "course", "lab"), { recursive: true });

await serve("dist", Number(appPort));
await serve(site, Number(fixturePort));
console.log(`app on ${appPort}, fixtures on ${fixturePort}`);
