// Runs the built CLI in this process and reports its peak RSS on stderr's last line,
// so that the bench can measure memory without platform-specific tools.
import { runCli } from '../dist/src/cli/program.js';

const devNull = { write() { return true; }, isTTY: false };
const status = await runCli(process.argv.slice(2), { stdout: devNull, stderr: devNull, env: {} });
process.stderr.write(`maxrss_kb=${process.resourceUsage().maxRSS} status=${status}\n`);
