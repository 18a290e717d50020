import { createClient } from './api/client.js';
import { Explorer } from './app.js';
import { byTestId } from './ui/dom.js';

const explorer = new Explorer(createClient('/graphql'), byTestId('graph'));
(window as unknown as { faultline: Explorer }).faultline = explorer;
void explorer.start();
