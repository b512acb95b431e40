import { crc32, deflateRawSync } from 'node:zlib';

/** One file of a zip built by `makeZip`. */
export interface ZipFile {
  name: string;
  data: Buffer | string;
  /** Stored instead of deflated. */
  stored?: boolean;
  /** Marked encrypted (general purpose flag bit 0); the bytes are left as they are. */
  encrypted?: boolean;
  /** The uncompressed size the directory claims, when it is to lie about it. */
  claimedSize?: number;
}

/**
 * A zip archive as `zip` writes one (PKWARE APPNOTE 4.3: local headers and data, then the
 * central directory and its end record), so the reader is tested on real archives.
 */
export function makeZip(files: ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const raw = Buffer.isBuffer(f.data) ? f.data : Buffer.from(f.data);
    const body = f.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(f.name);
    const fields = (h: Buffer, at: number): void => {
      h.writeUInt16LE(20, at); // version needed
      h.writeUInt16LE(f.encrypted ? 1 : 0, at + 2);
      h.writeUInt16LE(f.stored ? 0 : 8, at + 4);
      h.writeUInt32LE(0, at + 6); // time and date
      h.writeUInt32LE(crc32(raw), at + 10);
      h.writeUInt32LE(body.length, at + 14);
      h.writeUInt32LE(f.claimedSize ?? raw.length, at + 18);
      h.writeUInt16LE(name.length, at + 22);
      h.writeUInt16LE(0, at + 24);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
