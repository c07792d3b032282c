import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A 20-second test clip (ffmpeg's testsrc pattern, VP8 in WebM, a keyframe every second so seeking is exact),
 * made once per machine with Debian's ffmpeg (`apt-get install ffmpeg`). Nothing is downloaded.
 */
export function subtitleTestClip(): string {
  const dir = path.join(tmpdir(), 'ferry-e2e-media');
  const file = path.join(dir, 'testsrc-20s.webm');
  if (existsSync(file) && statSync(file).size > 0) return file;
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.part.webm`;
  execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', [
    '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=duration=20:size=320x180:rate=10',
    '-c:v', 'libvpx', '-b:v', '80k', '-deadline', 'realtime', '-cpu-used', '8', '-g', '10', partial,
  ]);
  renameSync(partial, file);
  return file;
}
