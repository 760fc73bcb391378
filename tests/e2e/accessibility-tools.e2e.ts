// Accessibility of the tools and text pages: see ./axe-scans.ts.
import { TOOL_SCANS, scanPages } from './axe-scans';

scanPages(TOOL_SCANS);
