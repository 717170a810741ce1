import { builder } from '../graphql/builder.js';

/** The capability domains benchmarks measure; enum values map to the Domain nodes' ids. */
export const DOMAINS = {
  CODING: { value: 'coding', description: 'Writing, completing and repairing code.' },
  MATH: { value: 'math', description: 'Grade-school to competition-level mathematics.' },
  GENERAL_KNOWLEDGE: { value: 'general-knowledge', description: 'Broad academic and world knowledge.' },
  REASONING: { value: 'reasoning', description: 'Multi-step reasoning on hard questions.' },
  MULTILINGUAL: { value: 'multilingual', description: 'Tasks in languages other than English.' },
  LONG_CONTEXT: { value: 'long-context', description: 'Retrieval and reasoning across very long inputs.' },
  AGENTIC: { value: 'agentic', description: 'Tool use, planning and autonomous task completion.' },
  MULTIMODAL: { value: 'multimodal', description: 'Vision, audio and video alongside text.' },
  INSTRUCTION_FOLLOWING: { value: 'instruction-following', description: 'Adherence to complex instructions.' },
  SAFETY: { value: 'safety', description: 'Alignment and predictability under adversarial use.' },
} as const;

export const Domain = builder.enumType('Domain', {
  description: 'A capability domain that benchmarks measure.',
  values: DOMAINS,
});
