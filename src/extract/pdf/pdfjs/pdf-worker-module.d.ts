/** pdfjs-dist ships no types for its worker module; this is the one export used (worker.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: {
    initializeFromPort(port: unknown): void;
  };
}
