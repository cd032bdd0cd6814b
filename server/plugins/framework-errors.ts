/**
 * fastify's own errors (and its plugins') in the contract's terms: a status, a stable code and a message in Bahasa
 * Indonesia. fastify answers these in English and without `requestId` unless they are mapped here.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

export interface ContractError {
  status: number;
  code: string;
  message: string;
}

const KNOWN: Readonly<Record<string, ContractError>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'request.invalid_json', message: 'Isi permintaan bukan JSON yang valid' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'request.empty_body',
    message: 'Isi permintaan kosong, padahal Content-Type menyatakan JSON',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'request.invalid_content_length',
    message: 'Panjang isi permintaan tidak sesuai dengan header Content-Length',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'Ukuran permintaan melebihi batas' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Jenis konten (Content-Type) tidak didukung oleh rute ini',
  },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Header Content-Type tidak valid' },
  FST_ERR_CTP_EMPTY_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Header Content-Type kosong' },
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'request.invalid_url',
    message: 'Alamat permintaan tidak valid (pengodean persen rusak)',
  },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'request.param_too_long', message: 'Bagian alamat permintaan terlalu panjang' },
  FST_ERR_VALIDATION: { status: 400, code: 'validation', message: 'Permintaan tidak valid' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'Berkas melebihi batas ukuran' },
  FST_FILES_LIMIT: { status: 413, code: 'request.too_many_files', message: 'Kirim tepat satu berkas per permintaan' },
  FST_FIELDS_LIMIT: { status: 413, code: 'request.too_many_parts', message: 'Permintaan multipart memuat terlalu banyak bagian' },
  FST_PARTS_LIMIT: { status: 413, code: 'request.too_many_parts', message: 'Permintaan multipart memuat terlalu banyak bagian' },
  FST_PROTO_VIOLATION: { status: 400, code: 'request.invalid_multipart', message: 'Nama bagian multipart tidak diizinkan' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Permintaan bukan multipart/form-data',
  },
  FST_MP_PREMATURE_CLOSE: { status: 400, code: 'request.incomplete', message: 'Permintaan terputus sebelum selesai dikirim' },
};

const BY_STATUS: Readonly<Record<number, Omit<ContractError, 'status'>>> = {
  400: { code: 'bad_request', message: 'Permintaan tidak valid' },
  404: { code: 'route.not_found', message: 'Rute tidak ditemukan' },
  405: { code: 'method_not_allowed', message: 'Metode HTTP tidak diizinkan untuk rute ini' },
  406: { code: 'not_acceptable', message: 'Format jawaban yang diminta tidak tersedia' },
  408: { code: 'request.timeout', message: 'Permintaan tidak selesai dikirim dalam batas waktu' },
  413: { code: 'payload_too_large', message: 'Ukuran permintaan melebihi batas' },
  414: { code: 'request.uri_too_long', message: 'Alamat permintaan terlalu panjang' },
  415: { code: 'unsupported_media_type', message: 'Jenis konten (Content-Type) tidak didukung oleh rute ini' },
  429: { code: 'rate_limited', message: 'Terlalu banyak permintaan, coba lagi nanti' },
  431: { code: 'request.headers_too_large', message: 'Header permintaan terlalu besar' },
};

export const INTERNAL_ERROR: ContractError = { status: 500, code: 'internal', message: 'Terjadi kesalahan pada server' };

/** The contract error for a framework error, by its code, else by its status (5xx and unknown: internal). */
export function frameworkError(err: { code?: unknown; statusCode?: unknown }): ContractError {
  const known = typeof err.code === 'string' ? KNOWN[err.code] : undefined;
  if (known) return known;
  const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
  const byStatus = BY_STATUS[status];
  if (byStatus) return { status, ...byStatus };
  return status >= 400 && status < 500 ? { status, ...BY_STATUS[400]! } : INTERNAL_ERROR;
}

export function errorBody(error: ContractError, requestId: string) {
  return { error: { code: error.code, message: error.message }, requestId };
}

/**
 * Answers HTTP the parser could not read (oversized headers, timeouts, garbage) in the contract's shape; there is no
 * request yet, so the request id is fresh. A reset connection gets nothing.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(errorBody(frameworkError({ statusCode: status }), randomUUID()));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
