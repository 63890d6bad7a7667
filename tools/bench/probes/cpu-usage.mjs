// Preloaded into every timed child (`node --import`): prints the process's CPU time (user + system, all
// threads) when it exits, so that a run can be judged by CPU as well as by wall time on a busy machine.
import process from 'node:process';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\nBENCH-CPU ${(user + system) / 1000}\n`);
});
