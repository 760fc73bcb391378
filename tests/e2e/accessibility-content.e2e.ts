// Accessibility of the content templates: see ./axe-scans.ts.
import { CONTENT_SCANS, scanPages } from './axe-scans';

scanPages(CONTENT_SCANS);
