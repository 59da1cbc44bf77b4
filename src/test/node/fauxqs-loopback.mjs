// Starts fauxqs (SNS + SQS) for the integration tests on the loopback interface only.
// fauxqs 1.9.2 hard-codes host 0.0.0.0 in startFauxqs; rather than fork it, narrow the bind here.
import net from "node:net";

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const [options] = args;
  if (options && typeof options === "object" && ["0.0.0.0", "::", undefined].includes(options.host)) {
    args[0] = { ...options, host: "127.0.0.1" };
  }
  return listen.apply(this, args);
};

const port = Number.parseInt(process.env.FAUXQS_PORT ?? "", 10);
if (!Number.isInteger(port) || port <= 0) {
  console.error("FAUXQS_PORT must name the port to listen on");
  process.exit(2);
}
const { startFauxqs } = await import("fauxqs");
const server = await startFauxqs({ port, logger: false });
console.log(`fauxqs listening at ${server.address}`);
