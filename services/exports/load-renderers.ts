/**
 * The XLSX and PDF writers, loaded on first use: together they are most of the code a server loads (~0.8 s of a
 * restart on the 2-core machine), and only an export asks for them.
 */
import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';

export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export async function loadPdfKit(): Promise<typeof PDFDocument> {
  return (await import('pdfkit')).default;
}
