/** Finding a Java that Neo4j 5.26 runs on (17 or 21), and the JVM flags it needs. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { LauncherError } from './errors.js';
import { NEO4J_VERSION } from './jars.js';

const run = promisify(execFile);

/** Flags the stock neo4j.conf passes in server.jvm.additional (Java 17 needs them), and one of Faultline's. */
export const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  // After an OutOfMemoryError the database panics and refuses every transaction until restarted;
  // exiting at once lets the supervisor restart it (and stops an unsupervised one failing slowly).
  '-XX:+ExitOnOutOfMemoryError',
];

/** Checks Java (17 or 21, which Neo4j 5.26 supports) and returns the java executable to use. */
export async function findJava(): Promise<string> {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  let out: string;
  try {
    const r = await run(java, ['-version']);
    out = `${r.stderr}${r.stdout}`;
  } catch {
    throw new LauncherError(
      `Java was not found (tried ${java}). Neo4j ${NEO4J_VERSION} needs Java 17 or 21: install openjdk-17-jre-headless or set JAVA_HOME, or set NEO4J_URI to use your own Neo4j.`,
    );
  }
  const major = Number(/version "(\d+)/.exec(out)?.[1] ?? 0);
  if (major !== 17 && major !== 21) {
    throw new LauncherError(
      `Java ${major || '(unknown version)'} found at ${java}, but Neo4j ${NEO4J_VERSION} runs on Java 17 or 21. Set JAVA_HOME to a Java 17 or 21 JDK.`,
    );
  }
  return java;
}

/** 64 MiB, or the whole heap when it is smaller (the JVM refuses -Xms above -Xmx). */
export function initialHeap(heap: string): string {
  const units: Record<string, number> = { k: 1 / 1024, m: 1, g: 1024 };
  const m = /^(\d+)([kmg])$/i.exec(heap);
  if (!m) return heap;
  const mib = Number(m[1]) * (units[(m[2] ?? 'm').toLowerCase()] ?? 1);
  return mib < 64 ? heap : '64m';
}
