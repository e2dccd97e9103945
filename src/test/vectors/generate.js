// Writes the legacy password hash test vectors and the demo customers' SQL.
//
// The hashes are made by the very npm libraries that wrote the legacy rows (scrypt-kdf for Medusa,
// bcryptjs, argon2) so the Java verifiers are tested against real output, not against themselves.
// Each vector is checked with the library's own verify before it is written.
//
//   cd src/test/vectors && npm ci && node generate.js
//
// Salts are random: every run rewrites both files with new values; commit what it wrote.

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import Scrypt from 'scrypt-kdf';
import bcrypt from 'bcryptjs';
import argon2 from 'argon2';

const here = dirname(fileURLToPath(import.meta.url));
const vectorsFile = resolve(here, '../resources/legacy-vectors.json');
const sqlFile = resolve(here, '../resources/local/demo-customers.sql');

const PASSWORDS = {
    ascii: 'correct horse battery staple',
    nonAscii: 'pässwörd-日本-🔑',
    // "café" and "pässe" written with combining marks (NFD): the libraries hash these bytes as given
    combining: 'cafe\u0301-pa\u0308sse',
    oneChar: 'x',
    empty: '',
    // an unpaired UTF-16 surrogate: Node's UTF-8 encoder makes it U+FFFD, bcryptjs encodes it as 3 bytes
    loneSurrogate: 'lone-\ud83d-surrogate',
};

// > 72 UTF-8 bytes: bcrypt only uses the first 72 bytes
const LONG_ASCII = 'long-password-' + 'abcdefghij'.repeat(9);          // 104 bytes
const LONG_SPLIT = 'a'.repeat(71) + 'é-and-more-after-the-limit';   // byte 72 is the first half of 'é'

const vectors = [];

function utf8Length(s) {
    return Buffer.byteLength(s, 'utf8');
}

function describe(password) {
    const named = Object.entries(PASSWORDS).find(([, value]) => value === password);
    const label = named ? named[0] : 'password';
    return `${label} (${utf8Length(password)} UTF-8 bytes)`;
}

function add(format, password, hash, note) {
    vectors.push({ format, password, hash, note });
}

async function scryptKdf(password, params, label) {
    const record = await Scrypt.kdf(password, params);
    const hash = Buffer.from(record).toString('base64'); // how Medusa stored it
    if (!(await Scrypt.verify(hash, password))) throw new Error('scrypt-kdf self-check failed');
    add('medusa-scrypt-kdf', password,  hash,
        `${label}: scrypt-kdf logN ${params.logN}, r ${params.r}, p ${params.p}; ${describe(password)}`);
    return hash;
}

function bcryptHash(password, cost, prefix) {
    // bcryptjs generates $2b$; it hashes with the revision given in the salt, so $2a$ is a salt rewrite
    const salt = bcrypt.genSaltSync(cost).replace(/^\$2b\$/, prefix === '$2y$' ? '$2b$' : prefix);
    let hash = bcrypt.hashSync(password, salt);
    if (!bcrypt.compareSync(password, hash)) throw new Error('bcryptjs self-check failed');
    // PHP's password_hash writes $2y$ for the same algorithm: that is how such rows look
    if (prefix === '$2y$') hash = '$2y$' + hash.slice(4);
    return hash;
}

function addBcrypt(password, cost, prefix, extra = '') {
    add('bcrypt', password, bcryptHash(password, cost, prefix),
        `bcryptjs ${prefix} cost ${cost}${prefix === '$2y$' ? ' (prefix swapped from $2b$, as PHP writes it)' : ''}; `
        + `${describe(password)}${extra}`);
}

function addPbkdf2(password, digest, iterations, saltBytes, keyBytes) {
    // The format written by Jakarta Security's Pbkdf2PasswordHash (Soteria Pbkdf2PasswordHashImpl):
    // algorithm:iterations:base64(salt):base64(hash), standard base64 with padding.
    const salt = randomBytes(saltBytes);
    const key = pbkdf2Sync(password, salt, iterations, keyBytes, digest.toLowerCase());
    const algorithm = `PBKDF2WithHmac${digest.toUpperCase()}`;
    const hash = `${algorithm}:${iterations}:${salt.toString('base64')}:${key.toString('base64')}`;
    add('jakarta-pbkdf2', password, hash,
        `Node crypto.pbkdf2Sync ${algorithm}, ${iterations} iterations, ${saltBytes}-byte salt, `
        + `${keyBytes}-byte key; ${describe(password)}`);
}

async function addArgon2(password, type, options, label) {
    const hash = await argon2.hash(password, { type, ...options });
    if (!(await argon2.verify(hash, password))) throw new Error('argon2 self-check failed');
    add('argon2', password, hash, `npm argon2 ${label}; ${describe(password)}`);
}

// --- Medusa scrypt-kdf ---------------------------------------------------------------------
const MEDUSA_V1 = { logN: 1, r: 1, p: 1 };
const MEDUSA_V2 = { logN: 15, r: 8, p: 1 };
for (const password of Object.values(PASSWORDS)) {
    await scryptKdf(password, MEDUSA_V1, 'Medusa v1');
}
await scryptKdf(PASSWORDS.ascii, MEDUSA_V2, 'Medusa v2');
await scryptKdf(PASSWORDS.nonAscii, MEDUSA_V2, 'Medusa v2');
await scryptKdf(PASSWORDS.combining, { logN: 10, r: 4, p: 3 }, 'odd parameters');
await scryptKdf(PASSWORDS.oneChar, { logN: 14, r: 1, p: 2 }, 'odd parameters');

// --- bcrypt ------------------------------------------------------------------------------------
for (const prefix of ['$2a$', '$2b$', '$2y$']) {
    addBcrypt(PASSWORDS.ascii, 4, prefix);
    addBcrypt(PASSWORDS.nonAscii, 10, prefix);
}
addBcrypt(PASSWORDS.combining, 4, '$2b$');
addBcrypt(PASSWORDS.oneChar, 4, '$2a$');
addBcrypt(PASSWORDS.empty, 4, '$2b$');
addBcrypt(PASSWORDS.loneSurrogate, 4, '$2b$');
addBcrypt(LONG_ASCII, 4, '$2a$', '; only the first 72 bytes count');
addBcrypt(LONG_ASCII, 10, '$2b$', '; only the first 72 bytes count');
addBcrypt(LONG_SPLIT, 4, '$2y$', '; the 72-byte limit cuts a 2-byte character in half');

// --- Jakarta Security Pbkdf2PasswordHash -------------------------------------------------------
// Soteria's defaults: PBKDF2WithHmacSHA256, 2048 iterations, 32-byte salt, 32-byte key.
for (const digest of ['sha224', 'sha256', 'sha384', 'sha512']) {
    addPbkdf2(PASSWORDS.ascii, digest, 2048, 32, 32);
    addPbkdf2(PASSWORDS.nonAscii, digest, 2048, 32, 32);
}
addPbkdf2(PASSWORDS.combining, 'sha256', 2048, 32, 32);
addPbkdf2(PASSWORDS.oneChar, 'sha256', 1024, 16, 16);   // Soteria's minimums
addPbkdf2(PASSWORDS.empty, 'sha384', 2048, 32, 32);
addPbkdf2(PASSWORDS.ascii, 'sha512', 210000, 32, 64);

// --- Argon2 --------------------------------------------------------------------------------------
await addArgon2(PASSWORDS.ascii, argon2.argon2id, {}, 'argon2id defaults (m=65536, t=3, p=4)');
await addArgon2(PASSWORDS.nonAscii, argon2.argon2id, { memoryCost: 4096, timeCost: 2, parallelism: 1 },
    'argon2id m=4096, t=2, p=1');
await addArgon2(PASSWORDS.combining, argon2.argon2i, { memoryCost: 8192, timeCost: 3, parallelism: 2 },
    'argon2i m=8192, t=3, p=2');
await addArgon2(PASSWORDS.oneChar, argon2.argon2d, { memoryCost: 4096, timeCost: 1, parallelism: 1 },
    'argon2d m=4096, t=1, p=1');
await addArgon2(PASSWORDS.nonAscii, argon2.argon2d, { memoryCost: 2048, timeCost: 2, parallelism: 2,
    hashLength: 16 }, 'argon2d m=2048, t=2, p=2, 16-byte hash');
await addArgon2(PASSWORDS.loneSurrogate, argon2.argon2i, { memoryCost: 1024, timeCost: 2, parallelism: 1,
    hashLength: 64, salt: randomBytes(32) }, 'argon2i m=1024, t=2, p=1, 32-byte salt, 64-byte hash');
await addArgon2(PASSWORDS.empty, argon2.argon2id, { memoryCost: 1024, timeCost: 1, parallelism: 1 },
    'argon2id m=1024, t=1, p=1');
await addArgon2(PASSWORDS.ascii, argon2.argon2id, { memoryCost: 1024, timeCost: 2, parallelism: 1,
    version: 0x10 }, 'argon2id version 0x10 (v=16), m=1024, t=2, p=1');

mkdirSync(dirname(vectorsFile), { recursive: true });
writeFileSync(vectorsFile, JSON.stringify(vectors, null, 2) + '\n');
console.log(`wrote ${vectors.length} vectors to ${vectorsFile}`);

// --- demo customers ------------------------------------------------------------------------------
const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;
const alice = Buffer.from(await Scrypt.kdf('alice-password-1', MEDUSA_V1)).toString('base64');
const bob = bcryptHash('bob-password-1', 10, '$2b$');
const carol = Buffer.from(await Scrypt.kdf('carol-password-1', MEDUSA_V1)).toString('base64');

const customers = [
    ['cus_demo_alice', 'alice@example.com', 'Alice', 'Demo', alice],
    ['cus_demo_bob', 'bob@example.com', 'Bob', 'Demo', bob],
    ['cus_demo_carol', 'carol@example.com', 'Carol', 'Demo', carol],
];

const sql = `-- Demo customers in a Medusa v1 schema, with legacy password hashes.
-- Generated by src/test/vectors/generate.js: do not edit by hand, run it again.
--   alice@example.com / alice-password-1  (Medusa v1 scrypt-kdf: logN 1, r 1, p 1, base64)
--   bob@example.com   / bob-password-1    (bcrypt cost 10, another legacy format)
--   carol@example.com / carol-password-1  (Medusa v1 scrypt-kdf; member of the admin group)

INSERT INTO customer (id, email, first_name, last_name, password_hash, has_account, created_at, updated_at) VALUES
${customers.map(([id, email, first, last, hash]) =>
    `    (${[id, email, first, last, hash].map(sqlString).join(', ')}, true, now(), now())`).join(',\n')}
ON CONFLICT (id) DO NOTHING;

INSERT INTO customer_group (id, name, created_at, updated_at) VALUES
    ('cgrp_demo_admin', 'admin', now(), now())
ON CONFLICT (id) DO NOTHING;

INSERT INTO customer_group_customers (customer_group_id, customer_id) VALUES
    ('cgrp_demo_admin', 'cus_demo_carol')
ON CONFLICT DO NOTHING;
`;
mkdirSync(dirname(sqlFile), { recursive: true });
writeFileSync(sqlFile, sql);
console.log(`wrote ${sqlFile}`);
