/**
 * The processors of every queue, bound to the process's dependencies. Both adapters run exactly these.
 */
import type { Deps } from '../../services/deps.js';
import { importFile } from '../../services/imports/import-file.js';
import { runReview } from '../../services/reviews/run-review.js';
import type { ProcessorMap } from '../job-run.js';
import { QueueName } from '../queues.js';
import { createImportProcessor, type ImportFileFn } from './import.processor.js';
import { createNotifyProcessor } from './notify.processor.js';
import { createRunReviewProcessor, type RunReviewFn } from './run-review.processor.js';
import { createScheduledReviewProcessor } from './scheduled-review.processor.js';

export interface ProcessorServices {
  /** @defaultValue the review pipeline, services/reviews/run-review */
  runReview?: RunReviewFn;
  /** @defaultValue services/imports/import-file */
  importFile?: ImportFileFn;
}

/**
 * @param deps - read lazily by the processors, so `deps.queue` may be attached after this call
 * @param services - the service verbs behind the processors; tests wrap them to inject faults
 */
export function createProcessors(deps: Deps, services: ProcessorServices = {}): ProcessorMap {
  return {
    [QueueName.RunReview]: createRunReviewProcessor({ deps, runReview: services.runReview ?? runReview }),
    [QueueName.ScheduledReview]: createScheduledReviewProcessor({ deps }),
    [QueueName.Notify]: createNotifyProcessor({ deps }),
    [QueueName.Import]: createImportProcessor({ deps, importFile: services.importFile ?? importFile }),
  };
}
