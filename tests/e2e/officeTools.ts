/**
 * Finds the programs that read a slide deck back as a person would see it: LibreOffice Impress
 * (soffice, to convert a .pptx to PDF) and Poppler's pdfinfo and pdftoppm (to count its pages
 * and draw one as PNG), installed from Debian's packages like Chromium (debianTool.ts).
 */
import { findOrInstall } from './debianTool';

export interface OfficeTools {
  soffice: string;
  pdfinfo: string;
  pdftoppm: string;
}

export function findOrInstallOfficeTools(): OfficeTools {
  return {
    soffice: findOrInstall({
      name: 'LibreOffice Impress',
      env: 'SOFFICE_PATH',
      path: '/usr/bin/soffice',
      pkg: 'libreoffice-impress',
    }),
    pdfinfo: findOrInstall({
      name: 'pdfinfo',
      env: 'PDFINFO_PATH',
      path: '/usr/bin/pdfinfo',
      pkg: 'poppler-utils',
    }),
    pdftoppm: findOrInstall({
      name: 'pdftoppm',
      env: 'PDFTOPPM_PATH',
      path: '/usr/bin/pdftoppm',
      pkg: 'poppler-utils',
    }),
  };
}
