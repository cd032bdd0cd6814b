/**
 * zod's own messages (type mismatches, lengths, formats) in Bahasa Indonesia, for every schema in the process: API
 * validation details, service inputs and configuration alike. Loaded by `config-schema.ts`, which every entrypoint
 * reads first; messages a schema sets itself are kept.
 */
import { z } from 'zod';

z.config(z.locales.id());
